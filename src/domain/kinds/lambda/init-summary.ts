/**
 * The measured INIT figures beside the model's, per runtime, for the chart on the cold-starts
 * page and for reports. The model's percentiles are computed by drawing from its distribution
 * with a fixed seed, so the same figures come out every time.
 */
import { Rng } from '../../sim/rng.ts';
import { drawRuntimeInit, initMixture } from './init-distribution.ts';
import measurements from './init-measurements.json';
import {
  RUNTIME_FAMILIES,
  RUNTIME_LABELS,
  type Architecture,
  type PackageType,
  type RuntimeFamily,
} from './runtime-family.ts';

export interface InitComparison {
  runtime: RuntimeFamily;
  label: string;
  /** The runtime version the measurement used (nodejs22.x, python3.13, …). */
  measuredRuntime: string;
  measured: { p50: number; p90: number };
  model: { p50: number; p90: number };
}

/** Where the measured figures come from, for captions. */
export const INIT_MEASUREMENT_SOURCE = {
  name: 'maxday/lambda-perf',
  url: 'https://github.com/maxday/lambda-perf',
  from: measurements.window.from,
  to: measurements.window.to,
} as const;

/** Nearest-rank percentile (p in 0..100) of ascending values. */
export function percentileOf(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

/** Model percentiles from `samples` draws (seeded: the same answer every time). */
export function modelInitPercentiles(
  runtime: RuntimeFamily,
  packageType: PackageType,
  architecture: Architecture,
  samples = 4000,
): { p50: number; p90: number } {
  const rng = new Rng(20260822, RUNTIME_FAMILIES.indexOf(runtime));
  const m = initMixture(runtime, packageType, architecture);
  const draws = Array.from({ length: samples }, () => drawRuntimeInit(m, rng)).sort(
    (a, b) => a - b,
  );
  return { p50: percentileOf(draws, 50), p90: percentileOf(draws, 90) };
}

/** Every runtime's measured and modelled INIT for one package type and architecture, fastest first. */
export function compareInit(
  packageType: PackageType,
  architecture: Architecture,
): InitComparison[] {
  return measurements.rows
    .filter((r) => r.packageType === packageType && r.architecture === architecture)
    .map((r) => {
      const runtime = r.runtime as RuntimeFamily;
      return {
        runtime,
        label: RUNTIME_LABELS[runtime],
        measuredRuntime: r.measuredRuntime,
        measured: { p50: r.p50Ms, p90: r.p90Ms },
        model: modelInitPercentiles(runtime, packageType, architecture),
      };
    })
    .sort((a, b) => a.measured.p50 - b.measured.p50);
}
