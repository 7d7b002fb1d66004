import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../sim/rng.ts';
import { drawColdStart, INIT_LIMIT_MS, type ColdStartSpec } from './cold-start.ts';
import { ARCHITECTURES, PACKAGE_TYPES, RUNTIME_FAMILIES } from './runtime-family.ts';
import measurements from './snapstart-measurements.json';

const spec = fc.record({
  runtime: fc.constantFrom(...RUNTIME_FAMILIES),
  packageType: fc.constantFrom(...PACKAGE_TYPES),
  architecture: fc.constantFrom(...ARCHITECTURES),
  packageMb: fc.double({ min: 0, max: 10_240, noNaN: true }),
  initCodeMs: fc.double({ min: 0, max: 20_000, noNaN: true }),
  snapStart: fc.boolean(),
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

describe('a cold start in its parts', () => {
  it('is environment start + INIT, or a restore alone, and INIT never passes 10 s', () => {
    fc.assert(
      fc.property(spec, fc.integer(), (s: ColdStartSpec, seed) => {
        const p = drawColdStart(s, new Rng(seed));
        expect(p.totalMs).toBeCloseTo(p.environmentMs + p.initMs + p.restoreMs, 9);
        expect(p.initMs).toBeLessThanOrEqual(INIT_LIMIT_MS);
        const restored =
          s.snapStart &&
          s.packageType === 'zip' &&
          ['java', 'python', 'dotnet'].includes(s.runtime);
        expect(p.restoreMs > 0).toBe(restored);
        expect(p.initMs > 0 && p.environmentMs > 0).toBe(!restored);
      }),
    );
  });

  it("adds the function's own init code to INIT, one for one", () => {
    const base: ColdStartSpec = {
      runtime: 'python',
      packageType: 'zip',
      architecture: 'arm64',
      packageMb: 0,
      initCodeMs: 0,
      snapStart: false,
    };
    const a = drawColdStart(base, new Rng(5));
    const b = drawColdStart({ ...base, initCodeMs: 1500 }, new Rng(5));
    expect(b.initMs - a.initMs).toBeCloseTo(1500, 9);
    expect(b.environmentMs).toBe(a.environmentMs);
  });

  it('restores a hello-world Java function slower than it INITs, as measured', () => {
    const java21 = measurements.rows.find((r) => r.runtime === 'java21');
    const base: ColdStartSpec = {
      runtime: 'java',
      packageType: 'zip',
      architecture: 'x86_64',
      packageMb: 0,
      initCodeMs: 0,
      snapStart: true,
    };
    const rng = new Rng(21);
    const restores = Array.from({ length: 5000 }, () => drawColdStart(base, rng).restoreMs);
    expect(Math.abs(median(restores) / (java21?.restoreP50Ms ?? 0) - 1)).toBeLessThan(0.1);
    const inits = Array.from(
      { length: 5000 },
      () => drawColdStart({ ...base, snapStart: false }, rng).initMs,
    );
    expect(median(restores)).toBeGreaterThan(2 * median(inits));
    // ...and faster once the function's own init code takes 2 s.
    const heavy = Array.from(
      { length: 5000 },
      () => drawColdStart({ ...base, snapStart: false, initCodeMs: 2000 }, rng).totalMs,
    );
    expect(median(restores)).toBeLessThan(median(heavy));
  });
});
