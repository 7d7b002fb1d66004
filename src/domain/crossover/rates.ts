/** The average request rates the sweep runs at: logarithmic from 0.1 to 1,000 a second. */
export const SWEEP_MIN_RPS = 0.1;
export const SWEEP_MAX_RPS = 1000;
/** Three points a decade over four decades, both ends included. */
export const SWEEP_POINTS = 13;

export function logRates(min = SWEEP_MIN_RPS, max = SWEEP_MAX_RPS, n = SWEEP_POINTS): number[] {
  if (n < 2) return [min];
  const lo = Math.log10(min);
  const step = (Math.log10(max) - lo) / (n - 1);
  // Rounded to 4 significant digits so labels and share links stay short and stable.
  return Array.from({ length: n }, (_, i) => Number((10 ** (lo + i * step)).toPrecision(4)));
}

/** Requests in a 30-day month at an average rate (the month the cost projections use). */
export const requestsPerMonth = (ratePerSec: number) => ratePerSec * 30 * 24 * 3600;
