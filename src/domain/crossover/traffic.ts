/**
 * The traffic both designs receive. The burst toggle multiplies the rate by 10 for two minutes,
 * starting a third of the way into the run (the shape the gallery's "spike" pattern uses).
 */
import type { Scenario } from '../diagram/index.ts';

export const BURST_FACTOR = 10;
export const BURST_MS = 120_000;

export type RateShape = { ratePerSec: number; burst: boolean; durationMs: number };

export const burstStartMs = (durationMs: number) => Math.round(durationMs / 3);

export function rateAt(shape: RateShape, tMs: number): number {
  if (!shape.burst) return shape.ratePerSec;
  const start = burstStartMs(shape.durationMs);
  return tMs >= start && tMs < start + BURST_MS
    ? shape.ratePerSec * BURST_FACTOR
    : shape.ratePerSec;
}

/**
 * The scenario with every event source at `ratePerSec` (split evenly), and with the burst as a
 * "spike" of ×10 lasting 10 % of a run stretched to 20 minutes when the burst is on.
 */
export function withTraffic(
  scenario: Scenario,
  ratePerSec: number,
  burst: boolean,
  maxDurationSec = Infinity,
): Scenario {
  const sources = Object.keys(scenario.traffic);
  const each = sources.length > 0 ? ratePerSec / sources.length : 0;
  const traffic = Object.fromEntries(
    sources.map((id) => {
      const t = scenario.traffic[id]!;
      return [
        id,
        burst
          ? { ...t, ratePerSec: each, pattern: 'spike' as const, peakMultiplier: BURST_FACTOR }
          : { ...t, ratePerSec: each, pattern: 'steady' as const },
      ];
    }),
  );
  const durationSec = burst
    ? (BURST_MS / 1000) * 10
    : Math.min(scenario.settings.durationSec, maxDurationSec);
  return { ...scenario, traffic, settings: { ...scenario.settings, durationSec } };
}

/** Average request rate of the scenario's event sources. */
export function scenarioRate(scenario: Scenario): number {
  return Object.values(scenario.traffic).reduce((sum, t) => sum + t.ratePerSec, 0);
}

/**
 * How long a sweep point runs: the scenario's duration, but no longer than it takes for about
 * 5,000 requests to arrive (and at least 10 s). A steady rate's monthly bill needs no more, and
 * this is what keeps the whole sweep within a few seconds.
 */
export const SWEEP_REQUESTS = 5_000;
export const sweepDurationSec = (ratePerSec: number) =>
  Math.max(10, Math.ceil(SWEEP_REQUESTS / Math.max(ratePerSec, 1e-9)));
