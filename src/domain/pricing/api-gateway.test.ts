// Worked examples of the Amazon API Gateway pricing page, https://aws.amazon.com/api-gateway/pricing/
// (copy of 2025-11-02, "pricing for US East"). The 12-month API Gateway free tier is not an
// always-free allowance, and the page's examples do not subtract it either.
import { cents, FREE, NO_FREE, printed } from './test-support.ts';
import type { Usage } from './usage.ts';

const GB = 1024 * 1024; // KB in a GB of 1024³ bytes, as the page counts "15 million KB = 14.3 GB"

describe('API Gateway pricing page, HTTP APIs', () => {
  it('Pricing example 1, serverless web app: 10,000 page loads a minute → 432M requests, $418.80', () => {
    const requests = 10_000 * 60 * 24 * 30;
    const usage: Usage = { kind: 'api-gateway', apiType: 'http', requests, payloadKb: 12 + 46 };
    for (const options of [FREE, NO_FREE]) {
      const bill = printed([usage], options);
      expect(bill.lines.map((l) => l.usd)).toEqual([300, 118.8]); // 300M × $1.00, 132M × $0.90
      expect(bill.usd).toBe(418.8);
    }
  });

  it('Pricing example 2, document uploads: 25 a minute of 4.5 MB → 9,720,000 metered requests, $9.72', () => {
    const usage: Usage = {
      kind: 'api-gateway',
      apiType: 'http',
      requests: 25 * 60 * 24 * 30,
      payloadKb: 4.5 * 1024,
    };
    const bill = printed([usage], FREE);
    expect(bill.lines[0]?.quantity).toBe(9_720_000); // each 4.5 MB call is nine 512 KB units
    expect(bill.usd).toBe(9.72);
  });
});

describe('API Gateway pricing page, REST APIs (edge-optimized and regional)', () => {
  it('5M calls returning 3 KB, no caching → $17.50 + $1.29 data transfer = $18.79', () => {
    const usage: Usage = {
      kind: 'api-gateway',
      apiType: 'rest',
      requests: 5e6,
      payloadKb: 3,
      dataTransferOutGb: (3 * 5e6) / GB,
    };
    const bill = printed([usage], FREE);
    expect(cents(bill, 'apigw.rest')).toBe(17.5);
    expect(cents(bill, 'apigw.dataTransferOut')).toBe(1.29);
    expect(bill.usd).toBe(18.79);
  });

  it('15B calls returning 4 KB → tiers $1,165.50 + $1,867.60 + $33,320.00, transfer $5,149.84, $41,502.94', () => {
    const usage: Usage = {
      kind: 'api-gateway',
      apiType: 'rest',
      requests: 15e9,
      payloadKb: 4,
      dataTransferOutGb: (4 * 15e9) / GB,
    };
    const bill = printed([usage], NO_FREE);
    expect(bill.lines.filter((l) => l.item === 'apigw.rest').map((l) => l.usd)).toEqual([
      1165.5, 1867.6, 33320,
    ]);
    expect(cents(bill, 'apigw.rest')).toBe(36353.1);
    expect(cents(bill, 'apigw.dataTransferOut')).toBe(5149.84);
    expect(bill.usd).toBe(41502.94);
  });

  it('labels each band it bills, as the page prints them', () => {
    const bill = printed(
      [{ kind: 'api-gateway', apiType: 'rest', requests: 400e6, payloadKb: 1 }],
      NO_FREE,
    );
    expect(bill.lines.map((l) => l.label)).toEqual([
      'REST API requests, first 333M',
      'REST API requests, next 667M',
    ]);
  });

  it('reaches the last band above 20B requests', () => {
    const bill = printed(
      [{ kind: 'api-gateway', apiType: 'rest', requests: 21e9, payloadKb: 1 }],
      NO_FREE,
    );
    expect(bill.lines.at(-1)).toMatchObject({ quantity: 1e9, usd: 1510 });
  });
});
