/**
 * SnapStart: instead of running INIT on every cold start, Lambda runs it once when a version is
 * published, snapshots the initialised microVM, and resumes new execution environments from
 * that snapshot ("restore"). Supported for Java, Python and .NET managed runtimes, .zip only
 * (AWS "Improving startup performance with Lambda SnapStart").
 *
 * Restore time, measured: maxday/lambda-perf recorded the `Restore Duration` of hello-world Java
 * functions with SnapStart until October 2025 (`snapstart-measurements.json`, 2025-08-29 …
 * 2025-10-18). For Java 21 the median restore was 804 ms (p90 1,118 ms) while the same function's
 * plain INIT was 271 ms: for a function whose own initialisation is tiny, SnapStart makes the
 * cold start about three times slower. It pays off when the function's own init code is long
 * (frameworks, SDK clients, models), because restore time does not grow with that work.
 *
 * Model: restore is log-normal with the Java 21 median and a σ fitted to its p90
 * (ln(1118.2 / 803.9) / 1.2816 = 0.257). Python and .NET restores were not measured there;
 * the model assumes they take as long (model assumption). Restore Duration includes the work
 * outside the microVM (AWS "Monitoring for Lambda SnapStart"), so a restored cold start has no
 * separate environment-start part. Restoring is not billed as INIT; Python and .NET pay the
 * per-GB restore charge instead (see meter-snapstart.ts).
 */
import type { Rng } from '../../sim/rng.ts';
import { SNAPSTART_RUNTIMES, type PackageType, type RuntimeFamily } from './runtime-family.ts';

export const SNAPSTART_RESTORE = {
  medianMs: 803.9,
  sigma: 0.257,
  measured: 'Java 21, lambda-perf 2025-08-29 … 2025-10-18',
} as const;

/** SnapStart applies only to its runtimes and to .zip packages; elsewhere the setting is ignored. */
export function snapStartApplies(runtime: RuntimeFamily, packageType: PackageType): boolean {
  return packageType === 'zip' && SNAPSTART_RUNTIMES.includes(runtime);
}

export function drawRestore(rng: Rng): number {
  return rng.logNormal(SNAPSTART_RESTORE.medianMs, SNAPSTART_RESTORE.sigma);
}
