/**
 * A function's AWS SDK retries a throttled DynamoDB call by itself, after an exponential
 * back-off with full jitter, before the error reaches the code: the caller sees latency
 * first and an error only when every attempt was throttled.
 *
 * Sources (read 2026-12): AWS SDKs and Tools Reference Guide, "Retry behavior" (standard
 * mode: 3 attempts in all by default; delay = random(0, 1) × base × 2^attempt, at most 20 s;
 * throttling errors are retryable); the JavaScript SDK v3 constants in @smithy/util-retry
 * (DEFAULT_MAX_ATTEMPTS 3, DEFAULT_RETRY_DELAY_BASE 100 ms, MAXIMUM_RETRY_DELAY 20 s).
 *
 * Model assumption: the retry quota (token bucket of the standard mode) is not modelled.
 */

export const SDK_RETRY = { maxAttempts: 3, baseMs: 100, maxDelayMs: 20_000 } as const;

/**
 * The delay before attempt `attempt + 1`, after `attempt` failed attempts (1, 2, …), for a
 * uniform draw `u` in [0, 1).
 *
 * @example sdkRetryDelayMs(1, 0.5) // 100: half of 100 ms × 2¹
 */
export function sdkRetryDelayMs(attempt: number, u: number): number {
  return Math.min(SDK_RETRY.maxDelayMs, u * SDK_RETRY.baseMs * 2 ** attempt);
}

/** Whether a call throttled on its `attempt`-th attempt gets another one. */
export function sdkRetries(attempt: number, maxAttempts: number = SDK_RETRY.maxAttempts): boolean {
  return attempt < maxAttempts;
}
