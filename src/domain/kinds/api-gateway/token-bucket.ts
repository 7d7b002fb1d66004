/**
 * API Gateway throttling as AWS describes it: a token bucket per limit, refilled at the
 * steady-state `rate` (requests per second) and holding at most `burst` tokens. A request
 * takes one token from every bucket on its way (stage or method limit, then the account
 * limit); when any of them is empty the client gets 429 Too Many Requests and no token is
 * taken from the others.
 *
 * Sources (read 2026-12): API Gateway Developer Guide, "Throttle requests to your REST APIs
 * for better throughput" — token bucket algorithm, account default 10,000 requests per second
 * with a burst of 5,000 per Region; stage and method limits cannot exceed the account's.
 * The 29 s integration timeout: API Gateway quotas, "Integration timeout … 50 milliseconds
 * - 29 seconds for all integration types" (raisable for regional REST APIs since 2024; the
 * model keeps the default). Past it the client gets 504 Gateway Timeout.
 */

/** Account-level default throttle, us-east-1 (API Gateway quotas, 2026-12). */
export const ACCOUNT_THROTTLE = { ratePerSec: 10_000, burst: 5_000 } as const;

/** Default integration timeout (API Gateway quotas, 2026-12). */
export const INTEGRATION_TIMEOUT_MS = 29_000;

/** The HTTP statuses the gateway answers with when it, not the backend, refuses. */
export const STATUS = { throttled: 429, integrationTimeout: 504 } as const;

export interface BucketLimit {
  ratePerSec: number;
  burst: number;
}

/**
 * One bucket. It starts full (a fresh stage can take `burst` requests at once).
 *
 * @example
 * const b = new TokenBucket({ ratePerSec: 10, burst: 2 });
 * b.take(0); b.take(0); b.take(0); // true, true, false
 * b.take(100);                     // true: 100 ms at 10/s refilled one token
 */
export class TokenBucket {
  private tokens: number;
  private at = 0;

  constructor(readonly limit: BucketLimit) {
    this.tokens = limit.burst;
  }

  /** Tokens in the bucket at `nowMs` (refilled lazily; never above the burst). */
  level(nowMs: number): number {
    const refill = (Math.max(0, nowMs - this.at) * this.limit.ratePerSec) / 1000;
    return Math.min(this.limit.burst, this.tokens + refill);
  }

  /** Whether a token is there at `nowMs`, without taking it. */
  has(nowMs: number): boolean {
    this.tokens = this.level(nowMs);
    this.at = Math.max(this.at, nowMs);
    return this.tokens >= 1;
  }

  /** Takes one token when there is one; false (a 429) when the bucket is empty. */
  take(nowMs: number): boolean {
    if (!this.has(nowMs)) return false;
    this.tokens -= 1;
    return true;
  }
}

/**
 * The limits a request to one stage passes through: the stage's own bucket, then the
 * account's (shared by every API of the account in the Region; in the model, by every
 * gateway node of the scenario).
 */
export class ThrottleChain {
  constructor(private readonly buckets: TokenBucket[]) {}

  /** Admits the request (one token from every bucket) or refuses it (429, nothing taken). */
  admit(nowMs: number): boolean {
    for (const b of this.buckets) if (!b.has(nowMs)) return false;
    for (const b of this.buckets) b.take(nowMs);
    return true;
  }
}
