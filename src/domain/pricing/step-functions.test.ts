// Step Functions pricing page, https://aws.amazon.com/step-functions/pricing/ (Express Workflows
// pricing example as published on the page; the Standard examples could not be found).
import { expressBilledGbSeconds } from './granularity.ts';
import { cents, FREE, NO_FREE, printed } from './test-support.ts';
import type { Usage } from './usage.ts';

describe('Step Functions pricing page, Express Workflows example', () => {
  it('memory example: 50 MB + 50 KB definition + 400 × 32 KB map steps = 62.85 MB, billed as 64 MB', () => {
    expect(expressBilledGbSeconds(10_000, 50 + 50 / 1024 + (32 * 400) / 1024)).toBe(0.625);
  });

  it('100M workflows of 10 s at 64 MB → requests $100, duration $382.97, $482.97', () => {
    const usage: Usage = {
      kind: 'step-functions',
      workflowType: 'express',
      transitions: 0,
      requests: 100e6,
      gbSeconds: 100e6 * expressBilledGbSeconds(10_000, 64), // 62,500,000 GB-s = 17,361.11 GB-hours
    };
    const bill = printed([usage], FREE);
    expect(cents(bill, 'sfn.expressRequests')).toBe(100);
    expect(bill.lines.filter((l) => l.item === 'sfn.expressDuration').map((l) => l.usd)).toEqual([
      60, 120, 202.97,
    ]);
    expect(bill.usd).toBe(482.97);
  });
});

describe('Step Functions standard workflows (page rates, no worked example found)', () => {
  const standard = (transitions: number): Usage => ({
    kind: 'step-functions',
    workflowType: 'standard',
    transitions,
    requests: 0,
    gbSeconds: 0,
  });

  it('gives 4,000 transitions a month and charges $0.025 per 1,000 after', () => {
    expect(printed([standard(104_000)], FREE).usd).toBe(2.5);
    expect(printed([standard(104_000)], NO_FREE).usd).toBe(2.6);
    expect(printed([standard(4_000)], FREE).lines[0]).toMatchObject({
      usd: 0,
      label: 'Step Functions state transitions (within free tier)',
    });
  });

  it('ignores express-only fields of a standard workflow and vice versa', () => {
    const mixed: Usage = {
      kind: 'step-functions',
      workflowType: 'standard',
      transitions: 1000,
      requests: 5e6,
      gbSeconds: 1e6,
    };
    expect(printed([mixed], NO_FREE).usd).toBe(0.03);
  });
});
