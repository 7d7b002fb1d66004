/**
 * How Fargate bills a task's time: from the start of the image pull until the task stops,
 * rounded up to the whole second, with a one-minute minimum (Linux).
 * Source: AWS Fargate pricing page, https://aws.amazon.com/fargate/pricing/, copy undated (2025–26).
 */
export const MINIMUM_BILLED_SECONDS = 60;

/** Billed seconds of one task that started pulling at `pullStartMs` and stopped at `stopMs`. */
export function billedTaskSeconds(pullStartMs: number, stopMs: number): number {
  const seconds = Math.ceil(Math.max(0, stopMs - pullStartMs) / 1000 - 1e-9);
  return Math.max(MINIMUM_BILLED_SECONDS, seconds);
}
