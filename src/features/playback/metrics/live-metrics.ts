/**
 * The numbers of the metrics panel at time T, all read from the run: request outcomes and
 * node counters from the trace (exact at any T), latency percentiles and cost at the engine's
 * bucket boundaries (1 s of simulated time for runs up to 5 minutes).
 */
import { bucketAt } from '../timeline/buckets.ts';
import { latencyAt, type LatencyAt } from '../timeline/latency.ts';
import { countersAt } from '../timeline/node-counters.ts';
import type { PlaybackRun } from '../timeline/playback-run.ts';
import { requestsAt, type RequestCounts } from '../timeline/requests.ts';

export interface LiveMetrics extends RequestCounts {
  timeMs: number;
  coldStarts: number;
  warmStarts: number;
  /** Cold starts ÷ function starts seen so far (NaN before the first). */
  coldStartShare: number;
  errors: number;
  throttles: number;
  retries: number;
  deadLettered: number;
  latency: LatencyAt;
  /** Cost accumulated by the last bucket boundary (USD). */
  costUsd: number;
}

export { bucketAt };

/** Sum of a series up to and including bucket `b`. */
export function sumTo(series: Float64Array, b: number): number {
  let sum = 0;
  for (let i = 0; i <= b && i < series.length; i++) sum += series[i] as number;
  return sum;
}

export function liveMetrics(run: PlaybackRun, t: number): LiveMetrics {
  let coldStarts = 0;
  let warmStarts = 0;
  let errors = 0;
  let throttles = 0;
  let retries = 0;
  let deadLettered = 0;
  for (const timeline of run.nodes) {
    const c = countersAt(timeline, t);
    coldStarts += c.coldStarts;
    warmStarts += c.warmStarts;
    errors += c.errors;
    throttles += c.throttles;
    retries += c.retries;
    deadLettered += c.deadLettered;
  }
  const { series } = run.result;
  const b = bucketAt(series.bucketMs, series.costUsd.length, t, run.durationMs);
  const starts = coldStarts + warmStarts;
  return {
    timeMs: t,
    ...requestsAt(run.requests, t),
    coldStarts,
    warmStarts,
    coldStartShare: starts > 0 ? coldStarts / starts : NaN,
    errors,
    throttles,
    retries,
    deadLettered,
    latency: latencyAt(run.latency, t, run.durationMs),
    costUsd: b >= 0 ? (series.costUsd[b] as number) : 0,
  };
}
