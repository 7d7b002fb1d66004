import fc from 'fast-check';
import { ProvisionedCapacity, readUnits, writeUnits } from './capacity.ts';
import { provisionedCapacityBill } from './provisioned-prices.ts';
import { SDK_RETRY, sdkRetries, sdkRetryDelayMs } from './sdk-retries.ts';

describe('DynamoDB units with item-size rounding', () => {
  it("matches the pricing page's examples", () => {
    // "a strongly consistent read of an 8 KB item would require two RCUs, an eventually
    // consistent read … one RCU, and a transactional read … four RCUs"
    expect([readUnits(8), readUnits(8, 'eventual'), readUnits(8, 'transactional')]).toEqual([
      2, 1, 4,
    ]);
    // "a standard write request of a 3 KB item would require three WCUs … transactional … six"
    expect([writeUnits(3), writeUnits(3, true)]).toEqual([3, 6]);
    // 0.5 KB rounds up to a whole unit; 4.1 KB reads take a second 4 KB block.
    expect([writeUnits(0.5), readUnits(4.1)]).toEqual([1, 2]);
  });
});

describe('DynamoDB provisioned capacity and burst', () => {
  it('a 5 WCU table spends its 1,500-unit reserve, then throttles above 5 writes/s (hand-computed)', () => {
    const w = new ProvisionedCapacity(5);
    // 20 writes/s of 1 KB for two minutes: the reserve falls by 15 units a second, so it
    // lasts 100 s; after that only the refill (5 a second) gets through.
    const ok = Array.from({ length: 20 * 120 }, (_, i) => w.consume(1, i * 50));
    expect(ok.slice(0, 20 * 99).every(Boolean)).toBe(true);
    const lastTenSeconds = ok.slice(20 * 110).filter(Boolean).length;
    expect(lastTenSeconds).toBeGreaterThanOrEqual(49);
    expect(lastTenSeconds).toBeLessThanOrEqual(51);
    expect(w.throttled).toBeGreaterThan(15 * 19); // ≈ 15 a second for the last 20 s
  });

  it('never serves more than 300 s of capacity plus the refill (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 1, max: 8 })), {
          maxLength: 400,
        }),
        (rate, calls) => {
          const c = new ProvisionedCapacity(rate);
          let t = 0;
          let served = 0;
          for (const [gap, units] of calls) {
            t += gap;
            if (c.consume(units, t)) served += units;
          }
          return served <= rate * 300 + (rate * t) / 1000 + 1e-9;
        },
      ),
    );
  });
});

describe('SDK retries of throttled calls', () => {
  it('retries twice (3 attempts) with a jittered doubling back-off capped at 20 s', () => {
    expect([1, 2, 3].map((a) => sdkRetries(a))).toEqual([true, true, false]);
    expect(sdkRetryDelayMs(1, 0.5)).toBe(100);
    expect(sdkRetryDelayMs(2, 0.5)).toBe(200);
    expect(sdkRetryDelayMs(20, 0.99)).toBe(SDK_RETRY.maxDelayMs);
  });
});

describe('DynamoDB provisioned prices', () => {
  it('prices WCU- and RCU-hours (hand-computed: 100 WCU + 200 RCU for 730 h)', () => {
    // 100 × 730 × $0.00065 = $47.45; 200 × 730 × $0.00013 = $18.98.
    expect(provisionedCapacityBill(100, 200, 730, false)).toEqual({
      lines: [
        { item: 'write capacity', usd: 47.45 },
        { item: 'read capacity', usd: 18.98 },
      ],
      usd: 66.43,
    });
    // The free tier takes 25 of each: 75 × 730 × 0.00065 = $35.59; 175 × 730 × 0.00013 = $16.61.
    expect(provisionedCapacityBill(100, 200, 730, true).usd).toBe(52.2);
  });
});
