import { LatencyHistogram } from './latency.ts';

describe('LatencyHistogram', () => {
  it('reads percentiles to within 1 %', () => {
    const h = new LatencyHistogram();
    const values = Array.from({ length: 10_000 }, (_, i) => 5 + i * 0.37);
    for (const v of values) h.record(v);
    const exact = (q: number) => values[Math.ceil(q * values.length) - 1]!;
    for (const q of [0.5, 0.95, 0.99])
      expect(Math.abs(h.quantile(q) - exact(q)) / exact(q)).toBeLessThan(0.01);
    const s = h.summary();
    expect(s.count).toBe(10_000);
    expect(s.maxMs).toBe(values[values.length - 1]);
    expect(s.meanMs).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 6);
  });

  it('copes with zero, tiny and huge values', () => {
    const h = new LatencyHistogram();
    h.record(0);
    h.record(1e-6);
    h.record(1e9);
    expect(h.quantile(0.5)).toBeLessThan(0.01);
    expect(h.summary().maxMs).toBe(1e9);
    expect(new LatencyHistogram().summary().p99Ms).toBe(0);
  });
});
