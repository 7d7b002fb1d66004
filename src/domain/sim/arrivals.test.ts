import { DEFAULT_TRAFFIC, type Traffic } from '../diagram/index.ts';
import { Arrivals, dailyShape } from './arrivals.ts';
import { Rng } from './rng.ts';

const count = (traffic: Partial<Traffic>, durationMs: number, from = 0, to = durationMs) => {
  const arrivals = new Arrivals({ ...DEFAULT_TRAFFIC, ...traffic }, durationMs);
  const rng = new Rng(5);
  let n = 0;
  for (let t = arrivals.next(0, rng); t < to; t = arrivals.next(t, rng)) if (t >= from) n++;
  return n;
};

describe('traffic generators', () => {
  it('steady: Poisson arrivals at the rate', () => {
    expect(Math.abs(count({ pattern: 'steady', ratePerSec: 50 }, 1_000_000) - 50_000)).toBeLessThan(
      700,
    );
  });

  it('burst: the rate times the peak during 10 % of every period', () => {
    const traffic = { pattern: 'burst', ratePerSec: 10, peakMultiplier: 5, periodSec: 60 } as const;
    const arrivals = new Arrivals({ ...DEFAULT_TRAFFIC, ...traffic }, 600_000);
    expect(arrivals.rateAt(10_000)).toBe(10);
    expect(arrivals.rateAt(33_000)).toBe(50);
    // Per period: 54 s × 10 + 6 s × 50 = 840 arrivals.
    expect(Math.abs(count(traffic, 6_000_000) / 100 - 840)).toBeLessThan(15);
  });

  it('spike: once, at a third of the run, for a tenth of it', () => {
    const traffic = { pattern: 'spike', ratePerSec: 10, peakMultiplier: 20 } as const;
    const inSpike = count(traffic, 3_000_000, 1_000_000, 1_300_000);
    const before = count(traffic, 3_000_000, 0, 300_000);
    expect(inSpike / before).toBeGreaterThan(17);
  });

  it('daily: keeps the mean rate and peaks at midday', () => {
    const shape = dailyShape(8);
    const mean = shape.reduce((a, b) => a + b, 0) / shape.length;
    expect(mean).toBeCloseTo(1, 9);
    expect(Math.max(...shape)).toBeCloseTo(8, 3);
    expect(shape.indexOf(Math.max(...shape))).toBeGreaterThanOrEqual(46);
    expect(shape[0]!).toBeLessThan(0.1);
    const traffic = {
      pattern: 'daily',
      ratePerSec: 20,
      peakMultiplier: 8,
      periodSec: 600,
    } as const;
    expect(Math.abs(count(traffic, 6_000_000) - 120_000)).toBeLessThan(1500);
  });

  it('sends nothing at rate 0', () => {
    expect(count({ ratePerSec: 0 }, 100_000)).toBe(0);
    expect(count({ pattern: 'burst', ratePerSec: 0 }, 100_000)).toBe(0);
  });
});
