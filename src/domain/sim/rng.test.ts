import { Rng, hashString } from './rng.ts';

describe('Rng', () => {
  it('repeats its sequence for the same seed and stream', () => {
    const a = new Rng(42, 7);
    const b = new Rng(42, 7);
    const c = new Rng(42, 8);
    const draws = (r: Rng) => Array.from({ length: 5 }, () => r.next());
    const first = draws(a);
    expect(draws(b)).toEqual(first);
    expect(draws(c)).not.toEqual(first);
  });

  it('draws uniforms in [0, 1) and exponentials with the asked mean', () => {
    const r = new Rng(1);
    let sum = 0;
    let expSum = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      expSum += r.exp(250);
    }
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(Math.abs(expSum / n - 250) / 250).toBeLessThan(0.01);
  });

  it('draws log-normals around a median, and around a mean', () => {
    const r = new Rng(3);
    const n = 100_000;
    const values = Array.from({ length: n }, () => r.logNormal(300, 0.5)).sort((a, b) => a - b);
    expect(Math.abs(values[n / 2]! - 300) / 300).toBeLessThan(0.02);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += r.aroundMean(100, 0.3);
    expect(Math.abs(sum / n - 100)).toBeLessThan(1);
  });

  it('hashes node ids into distinct streams', () => {
    expect(hashString('fn')).not.toBe(hashString('fn2'));
    expect(hashString('fn')).toBe(hashString('fn'));
  });
});
