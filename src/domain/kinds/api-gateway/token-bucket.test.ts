import fc from 'fast-check';
import {
  ACCOUNT_THROTTLE,
  INTEGRATION_TIMEOUT_MS,
  ThrottleChain,
  TokenBucket,
} from './token-bucket.ts';

describe('API Gateway token bucket', () => {
  it('lets a burst through at once, then the steady rate (hand-computed: rate 10/s, burst 5)', () => {
    const b = new TokenBucket({ ratePerSec: 10, burst: 5 });
    // 8 requests at t = 0: the 5 tokens go to the first five, three get 429.
    const at0 = Array.from({ length: 8 }, () => b.take(0));
    expect(at0).toEqual([true, true, true, true, true, false, false, false]);
    // 250 ms later 2.5 tokens have dripped in: two more requests pass, the third waits.
    expect([b.take(250), b.take(250), b.take(250)]).toEqual([true, true, false]);
    // The half token left plus 50 ms × 10/s = one token at 300 ms.
    expect(b.take(300)).toBe(true);
    // Idle for an hour: the bucket holds the burst, not 36,000 tokens.
    expect(b.level(3_600_300)).toBe(5);
  });

  it('a stage limit below the account limit refuses first, and a refusal takes no account token', () => {
    const account = new TokenBucket({ ratePerSec: 100, burst: 3 });
    const stage = new TokenBucket({ ratePerSec: 1, burst: 1 });
    const chain = new ThrottleChain([stage, account]);
    expect([chain.admit(0), chain.admit(0), chain.admit(0)]).toEqual([true, false, false]);
    expect(account.level(0)).toBe(2); // only the admitted request used an account token
  });

  it('uses the account defaults and the 29 s integration timeout AWS documents', () => {
    expect(ACCOUNT_THROTTLE).toEqual({ ratePerSec: 10_000, burst: 5_000 });
    expect(INTEGRATION_TIMEOUT_MS).toBe(29_000);
  });

  it('never admits more than burst + rate × elapsed time (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 300 }),
        (rate, burst, gaps) => {
          const b = new TokenBucket({ ratePerSec: rate, burst });
          let t = 0;
          let admitted = 0;
          for (const gap of gaps) {
            t += gap;
            if (b.take(t)) admitted++;
          }
          return admitted <= burst + (rate * t) / 1000 + 1e-9;
        },
      ),
    );
  });
});
