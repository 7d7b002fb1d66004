// SQS FIFO requests cost $0.50 per million against $0.40 for standard (prices.ts; Price List
// 2025-08-28, shared/reference/prices.md). No worked example with figures was found on the SQS
// pricing page, so this one is computed by hand from the page's rules.
import { cents, FREE, NO_FREE, printed } from '../../pricing/test-support.ts';
import type { Usage } from '../../pricing/usage.ts';

describe('SQS FIFO pricing (hand-worked)', () => {
  // One million messages sent one by one, received and deleted in batches of 10:
  // 1,000,000 sends + 100,000 receives + 100,000 deletes = 1,200,000 requests.
  const requests = 1_000_000 + 100_000 + 100_000;

  it('1.2 million FIFO requests: $0.60, or $0.10 after the free million', () => {
    const fifo: Usage = { kind: 'sqs', queueType: 'fifo', requests };
    expect(printed([fifo], NO_FREE).usd).toBe(0.6);
    expect(cents(printed([fifo], FREE), 'sqs.fifo')).toBe(0.1);
  });

  it('the same on a standard queue: $0.48, or $0.08', () => {
    const standard: Usage = { kind: 'sqs', queueType: 'standard', requests };
    expect(printed([standard], NO_FREE).usd).toBe(0.48);
    expect(printed([standard], FREE).usd).toBe(0.08);
  });
});
