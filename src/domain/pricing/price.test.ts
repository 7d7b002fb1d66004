import { billedDurationMs } from './granularity.ts';
import { priceAll, priceUsage } from './price.ts';
import { MONTH_MS, projectMonthly } from './project.ts';
import { scaleUsage } from './scale.ts';
import { cents, FREE, lambda, NO_FREE, printed } from './test-support.ts';
import type { Usage } from './usage.ts';

describe('priceAll', () => {
  it('gives the free tier once per account, not once per function', () => {
    const fn = lambda({ memoryMb: 1024, requests: 800_000, billedDurationMs: 300_000 * 1000 });
    const alone = printed([fn], FREE);
    expect(alone.usd).toBe(0);
    const two = printed([fn, fn], FREE);
    expect(cents(two, 'lambda.requests')).toBe(0.12); // 1.6M − 1M free
    expect(cents(two, 'lambda.duration.x86_64')).toBe(3.33); // 600,000 − 400,000 GB-s
  });

  it('shares the GB-s allowance between x86 and Arm, x86 first', () => {
    const x86 = lambda({ memoryMb: 1024, billedDurationMs: 300_000 * 1000 });
    const arm = lambda({ architecture: 'arm64', memoryMb: 1024, billedDurationMs: 300_000 * 1000 });
    const bill = printed([x86, arm], FREE);
    expect(cents(bill, 'lambda.duration.x86_64')).toBe(0);
    expect(cents(bill, 'lambda.duration.arm64')).toBe(2.67); // 200,000 × $0.0000133334
  });

  it('groups lines by item and keeps exact amounts until display', () => {
    const queue: Usage = { kind: 'sqs', queueType: 'standard', requests: 1 };
    const bill = priceAll([queue, queue, queue], NO_FREE);
    expect(bill.lines).toHaveLength(1);
    expect(bill.lines[0]).toMatchObject({ item: 'sqs.standard', quantity: 3, unit: 'requests' });
    expect(bill.usd).toBeCloseTo(1.2e-6, 15);
  });

  it('shows fully free usage as a zero line', () => {
    const bill = priceUsage({ kind: 'sqs', queueType: 'standard', requests: 10 }, FREE);
    expect(bill.lines).toEqual([
      {
        item: 'sqs.standard',
        label: 'SQS standard requests (within free tier)',
        quantity: 0,
        unit: 'requests',
        usd: 0,
      },
    ]);
  });

  it('prints nothing for an empty account', () => {
    expect(priceAll([], FREE)).toEqual({ usd: 0, lines: [] });
  });
});

describe('Lambda duration tiers (blog "Introducing tiered pricing for AWS Lambda", 2022-08)', () => {
  it('prices 9B x86 GB-s as 6B at the first rate and 3B at the second', () => {
    // 2 GB functions running 60 s, 75M times: the blog's workload (its figures were not found).
    const bill = printed([lambda({ memoryMb: 2048, billedDurationMs: 75e6 * 60_000 })], NO_FREE);
    expect(bill.lines.map((l) => l.usd)).toEqual([100_000.2, 45_000]);
    expect(bill.lines.map((l) => l.label)).toEqual([
      'Lambda duration (x86), first 6B GB-s',
      'Lambda duration (x86), next 9B GB-s',
    ]);
  });
});

describe('INIT billing and granularity', () => {
  const coldy = lambda({
    memoryMb: 1024,
    requests: 1000,
    billedDurationMs: 100_000,
    initDurationMs: 400_000,
  });

  it('adds on-demand INIT time to the billed duration only when the option is on', () => {
    expect(
      priceUsage(coldy, NO_FREE).lines.find((l) => l.item === 'lambda.duration.x86_64')?.quantity,
    ).toBe(100);
    const withInit = priceUsage(coldy, { freeTier: false, initBilling: true });
    expect(withInit.lines.find((l) => l.item === 'lambda.duration.x86_64')?.quantity).toBe(500);
  });

  it('rounds each invocation up to 1 ms today and to 100 ms before Dec 2020', () => {
    expect(billedDurationMs(20.3)).toBe(21);
    expect(billedDurationMs(20.3, 100)).toBe(100);
    expect(billedDurationMs(0, 100)).toBe(100);
    // The lesson: a million 20 ms calls at 128 MB were billed five times the duration.
    const bill = (g: number) =>
      priceUsage(lambda({ billedDurationMs: 1e6 * billedDurationMs(20, g) }), NO_FREE).usd;
    expect(bill(100) / bill(1)).toBeCloseTo(5, 10);
  });
});

describe('scaleUsage and projectMonthly', () => {
  it('scales totals and keeps configuration and per-call averages', () => {
    const fn = lambda({
      memoryMb: 512,
      ephemeralStorageMb: 1024,
      requests: 10,
      billedDurationMs: 1000,
      provisionedRequests: 2,
    });
    expect(scaleUsage(fn, 3)).toEqual({
      ...fn,
      requests: 30,
      billedDurationMs: 3000,
      provisionedRequests: 6,
    });
    const api: Usage = { kind: 'api-gateway', apiType: 'http', requests: 5, payloadKb: 600 };
    expect(scaleUsage(api, 2)).toEqual({ ...api, requests: 10 });
    expect(() => scaleUsage(api, -1)).toThrow(RangeError);
  });

  it('stretches a run to a 30-day month and prices it with the free tier option', () => {
    const tenMinutes = 10 * 60 * 1000;
    const queue: Usage = { kind: 'sqs', queueType: 'standard', requests: 1000 };
    expect(MONTH_MS / tenMinutes).toBe(4320);
    expect(projectMonthly([queue], tenMinutes, FREE).usd).toBeCloseTo(1.328, 12); // 3.32M × $0.40/M
    expect(projectMonthly([queue], tenMinutes, NO_FREE).usd).toBeCloseTo(1.728, 12);
    expect(projectMonthly([queue], MONTH_MS, NO_FREE)).toEqual(priceAll([queue], NO_FREE));
    expect(() => projectMonthly([queue], 0, FREE)).toThrow(RangeError);
  });
});
