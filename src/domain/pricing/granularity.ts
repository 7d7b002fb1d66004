/**
 * Billing granularity helpers for the engine. Lambda rounds each invocation's duration up to
 * 1 ms (100 ms before Dec 2020: the difference is itself a lesson); Step Functions Express
 * rounds duration up to 100 ms and memory up to 64 MB chunks.
 */

/**
 * Billed duration of one invocation, rounded up to the granularity (at least one unit).
 *
 * @example billedDurationMs(101, 100) // → 200
 */
export function billedDurationMs(durationMs: number, granularityMs = 1): number {
  const units = Math.max(1, Math.ceil(Math.max(0, durationMs) / granularityMs));
  return units * granularityMs;
}

/**
 * Billed GB-seconds of one Express workflow execution: duration up to 100 ms, memory up to 64 MB.
 *
 * @example expressBilledGbSeconds(10_000, 62.85) // → 0.625 (64 MB for 10 s)
 */
export function expressBilledGbSeconds(durationMs: number, memoryMb: number): number {
  const billedMb = Math.max(1, Math.ceil(Math.max(0, memoryMb) / 64)) * 64;
  return (billedDurationMs(durationMs, 100) / 1000) * (billedMb / 1024);
}
