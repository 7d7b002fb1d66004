/**
 * Traffic generators: arrival times of an event source (see diagram/traffic.ts for the
 * patterns). Every pattern is a Poisson process whose rate is piecewise constant, so the next
 * arrival is found exactly by spending an exponential "amount of expected arrivals" across the
 * rate segments — no thinning, no rejected draws, however peaky the pattern.
 */
import type { Traffic } from '../diagram/index.ts';
import type { Rng } from './rng.ts';

/** Segments per period for the daily pattern (a compressed day in quarter-hours). */
const DAILY_SEGMENTS = 96;
/** Where in each burst period the burst sits, as fractions of the period. */
const BURST_FROM = 0.5;
const BURST_TO = 0.6;

export class Arrivals {
  /** Segment starts (ms, offset within the period) and rates (arrivals per ms). */
  private readonly starts: number[];
  private readonly rates: number[];
  /** Length of a repeating period, or Infinity when the profile plays once. */
  private readonly period: number;
  private readonly perPeriod: number;
  /** The rate of steady traffic (arrivals per ms), or 0. */
  private readonly steadyRate: number;

  constructor(traffic: Traffic, durationMs: number) {
    const r = traffic.ratePerSec / 1000;
    const peak = traffic.peakMultiplier;
    const p = traffic.periodSec * 1000;
    switch (traffic.pattern) {
      case 'steady':
        [this.starts, this.rates, this.period] = [[0], [r], Infinity];
        break;
      case 'burst':
        [this.starts, this.rates, this.period] = [
          [0, BURST_FROM * p, BURST_TO * p],
          [r, r * peak, r],
          p,
        ];
        break;
      case 'spike': {
        const from = durationMs / 3;
        [this.starts, this.rates, this.period] = [
          [0, from, from + durationMs / 10],
          [r, r * peak, r],
          Infinity,
        ];
        break;
      }
      case 'daily':
        [this.starts, this.rates, this.period] = [
          dailyStarts(p),
          dailyShape(peak).map((f) => f * r),
          p,
        ];
        break;
    }
    let perPeriod = 0;
    if (this.period !== Infinity) {
      for (let i = 0; i < this.starts.length; i++) {
        perPeriod += (this.rates[i] as number) * (this.end(i) - (this.starts[i] as number));
      }
    }
    this.perPeriod = perPeriod;
    this.steadyRate =
      this.period === Infinity && this.starts.length === 1 ? (this.rates[0] as number) : 0;
  }

  /** Rate at time t, arrivals per second (for charts and tests). */
  rateAt(t: number): number {
    const phase = this.period === Infinity ? t : t % this.period;
    let i = this.starts.length - 1;
    while (i > 0 && (this.starts[i] as number) > phase) i--;
    return (this.rates[i] as number) * 1000;
  }

  /** The first arrival after `t`, or Infinity when there is none. */
  next(t: number, rng: Rng): number {
    // Steady traffic takes the short path (small enough for the JIT to inline).
    if (this.steadyRate > 0) return t + rng.exp(1) / this.steadyRate;
    return this.nextPiecewise(t, rng.exp(1));
  }

  private nextPiecewise(t: number, need: number): number {
    if (this.period === Infinity && this.starts.length === 1) return Infinity;
    if (this.period !== Infinity) {
      if (this.perPeriod <= 0) return Infinity;
      // Whole periods are skipped in one step.
      const whole = Math.floor(need / this.perPeriod);
      need -= whole * this.perPeriod;
      t += whole * this.period;
    }
    const base = this.period === Infinity ? 0 : Math.floor(t / this.period) * this.period;
    let offset = t - base;
    let periodStart = base;
    let i = this.segmentOf(offset);
    for (;;) {
      const rate = this.rates[i] as number;
      const end = this.end(i);
      const room = rate * (end - offset);
      if (rate > 0 && room >= need) return periodStart + offset + need / rate;
      if (end === Infinity) return Infinity;
      need -= room;
      i++;
      offset = end;
      if (i === this.starts.length) {
        i = 0;
        offset = 0;
        periodStart += this.period;
      }
    }
  }

  private end(i: number): number {
    return i + 1 < this.starts.length ? (this.starts[i + 1] as number) : this.period;
  }

  private segmentOf(offset: number): number {
    let i = this.starts.length - 1;
    while (i > 0 && (this.starts[i] as number) > offset) i--;
    return i;
  }
}

function dailyStarts(periodMs: number): number[] {
  return Array.from({ length: DAILY_SEGMENTS }, (_, i) => (i * periodMs) / DAILY_SEGMENTS);
}

/**
 * Relative rate per segment of a compressed day: a bell around midday, exp(κ·(cos − 1)),
 * scaled to mean 1, with κ chosen so that the busiest segment is `peak` × the mean.
 */
export function dailyShape(peak: number): number[] {
  const shape = (kappa: number) => {
    const seg: number[] = [];
    const sub = 32;
    for (let i = 0; i < DAILY_SEGMENTS; i++) {
      let sum = 0;
      for (let j = 0; j < sub; j++) {
        const phase = (i + (j + 0.5) / sub) / DAILY_SEGMENTS;
        sum += Math.exp(kappa * (Math.cos(2 * Math.PI * (phase - 0.5)) - 1));
      }
      seg.push(sum / sub);
    }
    const mean = seg.reduce((a, b) => a + b, 0) / seg.length;
    return seg.map((v) => v / mean);
  };
  if (peak <= 1) return new Array<number>(DAILY_SEGMENTS).fill(1);
  let lo = 0;
  let hi = 1;
  while (Math.max(...shape(hi)) < peak && hi < 1e6) hi *= 2;
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    if (Math.max(...shape(mid)) < peak) lo = mid;
    else hi = mid;
  }
  return shape(hi);
}
