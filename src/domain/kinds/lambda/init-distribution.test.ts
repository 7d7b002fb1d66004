import { describe, expect, it } from 'vitest';
import { Rng } from '../../sim/rng.ts';
import { drawRuntimeInit, initMixture } from './init-distribution.ts';
import measurements from './init-measurements.json';
import { isArchitecture, isPackageType, isRuntimeFamily } from './runtime-family.ts';

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

describe('INIT of a minimal function, against lambda-perf 2026-07-23 … 2026-08-22', () => {
  it('covers every runtime × package type × architecture once', () => {
    expect(measurements.rows).toHaveLength(7 * 2 * 2);
    const keys = new Set(
      measurements.rows.map((r) => `${r.runtime}/${r.packageType}/${r.architecture}`),
    );
    expect(keys.size).toBe(28);
  });

  for (const row of measurements.rows) {
    const { runtime, packageType, architecture } = row;
    it(`${runtime} ${packageType} ${architecture}: p50 and p90 within 25 % of the measurement`, () => {
      if (!isRuntimeFamily(runtime) || !isPackageType(packageType) || !isArchitecture(architecture))
        throw new Error(`unknown combination ${runtime}/${packageType}/${architecture}`);
      const rng = new Rng(12, 7);
      const m = initMixture(runtime, packageType, architecture);
      const draws = Array.from({ length: 20_000 }, () => drawRuntimeInit(m, rng)).sort(
        (a, b) => a - b,
      );
      expect(Math.abs(percentile(draws, 50) / row.p50Ms - 1)).toBeLessThan(0.25);
      expect(Math.abs(percentile(draws, 90) / row.p90Ms - 1)).toBeLessThan(0.25);
    });
  }
});
