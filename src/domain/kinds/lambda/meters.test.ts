// Worked examples of the AWS Lambda pricing page, https://aws.amazon.com/lambda/pricing/
// (us-east-1, page copy read 2026-12-07): each line rounded to the cent as the page prints it.
import { describe, expect, it } from 'vitest';
import { roundToCent } from '../../pricing/rounding.ts';
import { cents, lambda, NO_FREE, printed } from '../../pricing/test-support.ts';
import { priceSnapStart } from './meter-snapstart.ts';
import { priceStreaming } from './meter-streaming.ts';

const usd = (lines: { usd: number }[]) => lines.map((l) => roundToCent(l.usd));

describe('SnapStart pricing example: enriching streaming telemetry', () => {
  // 10,000 vehicles, one message an hour each for 31 days → 7.44M requests at 1 GB; the
  // version is active all month; 1 % of requests restore a new execution environment.
  const usage = {
    runtime: 'python' as const,
    memoryMb: 1024,
    activeSeconds: 24 * 31 * 3600,
    restores: 0.01 * 7.44e6,
  };

  it('cache 2,678,400 GB-s → $4.03; restores 74,400 GB → $10.40; SnapStart $14.43', () => {
    const lines = priceSnapStart(usage);
    expect(lines.map((l) => l.quantity)).toEqual([2_678_400, 74_400]);
    expect(usd(lines)).toEqual([4.03, 10.4]);
    expect(roundToCent(usd(lines).reduce((a, b) => a + b, 0))).toBe(14.43);
  });

  it("with the page's requests ($1.49) and compute ($248.00) the month comes to $263.92", () => {
    const requests = roundToCent(7.44 * 0.2);
    const compute = roundToCent(7.44e6 * 2 * 0.0000166667);
    expect([requests, compute]).toEqual([1.49, 248.0]);
    const snap = usd(priceSnapStart(usage)).reduce((a, b) => a + b, 0);
    expect(roundToCent(requests + compute + snap)).toBe(263.92);
  });

  it('charges a version for at least 3 hours of cache', () => {
    const [cache] = priceSnapStart({ ...usage, activeSeconds: 60, restores: 0 });
    expect(cache?.quantity).toBe(3 * 3600);
  });

  it('charges nothing for Java, as the page says', () => {
    expect(priceSnapStart({ ...usage, runtime: 'java' })).toEqual([]);
  });
});

describe('Response streaming pricing example: streaming server-side rendered content', () => {
  // 3M requests: 2M of 100 KB, 1M of 7 MB; the 100 GB free tier is already used up.
  const groups = [
    { responses: 2e6, mbPerResponse: 100 / 1024 },
    { responses: 1e6, mbPerResponse: 7 },
  ];

  it('only the 1 MB past 6 MB of the large responses is billed: 976.56 GB → $7.81', () => {
    const [line] = priceStreaming(groups, false);
    expect(line?.quantity).toBeCloseTo(976.5625, 6);
    expect(roundToCent(line?.usd ?? 0)).toBe(7.81);
  });

  it('with compute ($30.83) and requests ($0.40) the month comes to $39.04', () => {
    const compute = roundToCent((3e6 * 0.5 * 1.5 - 400_000) * 0.0000166667);
    const requests = roundToCent(2 * 0.2);
    const streamed = usd(priceStreaming(groups, false))[0] ?? 0;
    expect(roundToCent(compute + requests + streamed)).toBe(39.04);
  });

  it('responses of 6 MB or less never pay for streaming; the free tier covers 100 GB', () => {
    expect(priceStreaming([{ responses: 1e9, mbPerResponse: 6 }], false)).toEqual([]);
    expect(priceStreaming([{ responses: 102_400, mbPerResponse: 7 }], true)).toEqual([]);
  });
});

describe('the SnapStart example through the cost function the simulation uses', () => {
  it('bills the engine-reported restores and cache time: $1.49 + $248.00 + $4.03 + $10.40 = $263.92', () => {
    const usage = lambda({
      memoryMb: 1024,
      requests: 7.44e6,
      billedDurationMs: 7.44e6 * 2000,
      snapStart: { restores: 74_400, cachedMs: 24 * 31 * 3600 * 1000 },
    });
    const bill = printed([usage], NO_FREE);
    expect(cents(bill, 'lambda.snapStartCache')).toBe(4.03);
    expect(cents(bill, 'lambda.snapStartRestore')).toBe(10.4);
    expect(bill.usd).toBe(263.92);
  });
});

describe('the response streaming example through the cost function the simulation uses', () => {
  it('bills the MB streamed past 6 MB: 1M responses of 7 MB → 976.5625 GB → $7.81', () => {
    const usage = lambda({ requests: 3e6, streamedMbPast6: 1e6 * (7 - 6) });
    const bill = printed([usage], NO_FREE);
    const line = bill.lines.find((l) => l.item === 'lambda.streaming');
    expect(line?.quantity).toBeCloseTo(976.5625, 6);
    expect(cents(bill, 'lambda.streaming')).toBe(7.81);
  });

  it('with the free tier, the first 100 GB streamed in a month are free', () => {
    const usage = lambda({ streamedMbPast6: 150 * 1024 });
    const bill = printed([usage], { freeTier: true, initBilling: false });
    // 150 GB − 100 GB free = 50 GB × $0.008 = $0.40
    expect(bill.lines.find((l) => l.item === 'lambda.streaming')?.quantity).toBe(50);
    expect(cents(bill, 'lambda.streaming')).toBe(0.4);
  });
});
