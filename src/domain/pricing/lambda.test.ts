// Worked examples of the AWS Lambda pricing page, https://aws.amazon.com/lambda/pricing/
// (all "based on price in US East (N. Virginia)"; figures read from a 2025–2026 copy).
import { cents, FREE, lambda, NO_FREE, printed } from './test-support.ts';

const HOUR_MS = 3600 * 1000;

describe('Lambda pricing page, on-demand examples', () => {
  it('Example 1, mobile application backend: 3M × 120 ms at 1,536 MB x86 → $2.73', () => {
    const bill = printed(
      [lambda({ memoryMb: 1536, requests: 3e6, billedDurationMs: 3e6 * 120 })],
      FREE,
    );
    expect(cents(bill, 'lambda.duration.x86_64')).toBe(2.33); // 140,000 GB-s × $0.0000166667
    expect(cents(bill, 'lambda.requests')).toBe(0.4); // 2M billable × $0.20/M
    expect(bill.usd).toBe(2.73);
  });

  it('Example 2, enriching streaming telemetry: 7.44M × 2 s at 1 GB, no free tier → $249.49', () => {
    const bill = printed(
      [lambda({ memoryMb: 1024, requests: 7.44e6, billedDurationMs: 7.44e6 * 2000 })],
      NO_FREE,
    );
    expect(cents(bill, 'lambda.requests')).toBe(1.49); // $1.488
    expect(cents(bill, 'lambda.duration.x86_64')).toBe(248.0);
    expect(bill.usd).toBe(249.49);
  });

  it('Example 3, ML on support tickets: 6M × 280 ms at 4,096 MB, 2,048 MB ephemeral → $106.41', () => {
    const usage = lambda({
      memoryMb: 4096,
      ephemeralStorageMb: 2048,
      requests: 6e6,
      billedDurationMs: 6e6 * 280,
    });
    const bill = printed([usage], FREE);
    expect(cents(bill, 'lambda.duration.x86_64')).toBe(105.33); // 6,320,000 GB-s
    expect(cents(bill, 'lambda.requests')).toBe(1.0);
    expect(cents(bill, 'lambda.ephemeral')).toBe(0.08); // 2,520,000 GB-s × $0.0000000309
    expect(bill.usd).toBe(106.41);
  });
});

describe('Lambda pricing page, provisioned concurrency examples', () => {
  // Launch day: 100 environments of 1,536 MB for 8 h; 500,000 requests of 100 ms on them,
  // 2.5M more of 120 ms on demand during the rest of the month.
  const launch = {
    memoryMb: 1536,
    requests: 3e6,
    provisionedEnvMs: 100 * 8 * HOUR_MS,
    provisionedBilledDurationMs: 500_000 * 100,
    billedDurationMs: 500_000 * 100 + 2.5e6 * 120,
  };

  it('Example 1, mobile application launch → $19.96', () => {
    const bill = printed([lambda({ ...launch, provisionedRequests: 500_000 })], FREE);
    expect(cents(bill, 'lambda.provisioned.x86_64')).toBe(18.0); // 4.32M GB-s × $0.0000041667
    expect(cents(bill, 'lambda.requests')).toBe(0.4); // 3M − 1M free
    expect(cents(bill, 'lambda.provisionedDuration.x86_64')).toBe(0.73); // 75,000 GB-s × $0.0000097222
    expect(cents(bill, 'lambda.duration.x86_64')).toBe(0.83); // 450,000 − 400,000 free GB-s
    expect(bill.usd).toBe(19.96);
  });

  it('Example 1 also holds when the engine does not report provisioned requests', () => {
    expect(printed([lambda(launch)], FREE).usd).toBe(19.96);
  });

  it('Example 2, Cyber Monday: 7 × 4,096 MB for 24 h, 2M × 280 ms all provisioned → $32.26', () => {
    const usage = lambda({
      memoryMb: 4096,
      requests: 2e6,
      provisionedEnvMs: 7 * 24 * HOUR_MS,
      provisionedBilledDurationMs: 2e6 * 280,
      billedDurationMs: 2e6 * 280,
    });
    // The page gives no free requests here: work on provisioned environments is not free tier.
    for (const options of [FREE, NO_FREE]) {
      const bill = printed([usage], options);
      expect(cents(bill, 'lambda.provisioned.x86_64')).toBe(10.08); // 2,419,200 GB-s
      expect(cents(bill, 'lambda.provisionedDuration.x86_64')).toBe(21.78); // 2,240,000 GB-s
      expect(cents(bill, 'lambda.requests')).toBe(0.4);
      expect(bill.usd).toBe(32.26);
    }
  });
});

describe('Lambda pricing page, other examples (the lines this model covers)', () => {
  it('Durable functions, insurance claims: 1M × 32 s at 1 GB on Arm → compute $421.34, requests $0.20', () => {
    const usage = lambda({
      architecture: 'arm64',
      memoryMb: 1024,
      requests: 2e6,
      billedDurationMs: 1e6 * 32_000,
    });
    const bill = printed([usage], FREE);
    expect(cents(bill, 'lambda.duration.arm64')).toBe(421.34); // 31.6M GB-s × $0.0000133334
    expect(cents(bill, 'lambda.requests')).toBe(0.2); // 2M − 1M free
  });

  it('HTTP response streaming, server-side rendering: 3M × 500 ms at 1,536 MB → $30.83 + $0.40', () => {
    const bill = printed(
      [lambda({ memoryMb: 1536, requests: 3e6, billedDurationMs: 3e6 * 500 })],
      FREE,
    );
    expect(cents(bill, 'lambda.duration.x86_64')).toBe(30.83); // 1,850,000 GB-s
    expect(cents(bill, 'lambda.requests')).toBe(0.4);
  });

  it('SnapStart, streaming telemetry: requests $1.49 and compute $248.00 as in example 2', () => {
    const bill = printed(
      [lambda({ memoryMb: 1024, requests: 7.44e6, billedDurationMs: 7.44e6 * 2000 })],
      NO_FREE,
    );
    expect([cents(bill, 'lambda.requests'), cents(bill, 'lambda.duration.x86_64')]).toEqual([
      1.49, 248.0,
    ]);
  });

  it('Provisioned Mode for ESM, example 2 (SQS): 30M × 1 s at 1 GB → compute $500, requests $6', () => {
    const bill = printed(
      [lambda({ memoryMb: 1024, requests: 30e6, billedDurationMs: 30e6 * 1000 })],
      NO_FREE,
    );
    expect(cents(bill, 'lambda.duration.x86_64')).toBe(500.0);
    expect(cents(bill, 'lambda.requests')).toBe(6.0);
  });

  it('Provisioned Mode for ESM, example 3 (10 Kafka ESMs): 300M × 0.2 s at 1 GB → $1,000 + $60', () => {
    const bill = printed(
      [lambda({ memoryMb: 1024, requests: 300e6, billedDurationMs: 300e6 * 200 })],
      NO_FREE,
    );
    expect(cents(bill, 'lambda.duration.x86_64')).toBe(1000.0);
    expect(cents(bill, 'lambda.requests')).toBe(60.0);
  });
});
