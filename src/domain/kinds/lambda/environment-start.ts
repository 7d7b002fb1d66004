/**
 * What a caller waits for before INIT begins: Lambda places the request on a worker, creates the
 * Firecracker microVM and fetches the function's code or image. AWS describes these steps but
 * does not report their time: the REPORT line's `Init Duration` starts after them, and they are
 * not billed (AWS "Understanding the Lambda execution environment lifecycle").
 *
 * Model assumption, not a measurement: log-normal, median 70 ms for a .zip and 110 ms for a
 * container image (whose layers are fetched lazily from a cache, so more of the fetching falls
 * here), σ 0.3. Chosen as a plausible size next to the measured INIT of the fastest runtimes;
 * change it here when a measurement is at hand.
 */
import type { Rng } from '../../sim/rng.ts';
import type { PackageType } from './runtime-family.ts';

export const ENVIRONMENT_START = {
  zip: { medianMs: 70, sigma: 0.3 },
  image: { medianMs: 110, sigma: 0.3 },
  assumption: true,
} as const;

export function drawEnvironmentStart(packageType: PackageType, rng: Rng): number {
  const { medianMs, sigma } = ENVIRONMENT_START[packageType];
  return rng.logNormal(medianMs, sigma);
}
