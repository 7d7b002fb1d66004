/**
 * Latency percentiles of synchronous requests over time: "so far" (all answers up to T) and
 * per time bucket (for the chart). Percentiles cannot be summed, so the "so far" ones are
 * computed once per bucket boundary with the engine's own histogram (domain/sim/latency.ts,
 * so the end of the run shows exactly the engine's numbers) and looked up by bucket afterwards.
 */
import { LatencyHistogram, type LatencySummary } from '../../../domain/sim/latency.ts';

export interface LatencyTimeline {
  bucketMs: number;
  /** Cumulative percentiles at the end of each bucket. */
  soFar: { count: Float64Array; p50: Float64Array; p95: Float64Array; p99: Float64Array };
  /** Percentiles of the answers within each bucket (NaN where there were none). */
  perBucket: { p50: Float64Array; p95: Float64Array; p99: Float64Array };
  /** The whole run's summary (equal to the last bucket's "so far"). */
  total: LatencySummary;
}

/** `answeredAt` sorted; `latencyMs[i]` belongs to `answeredAt[i]`. */
export function buildLatencyTimeline(
  answeredAt: Float64Array,
  latencyMs: Float64Array,
  buckets: number,
  bucketMs: number,
): LatencyTimeline {
  const series = () => new Float64Array(buckets);
  const soFar = { count: series(), p50: series(), p95: series(), p99: series() };
  const perBucket = { p50: series(), p95: series(), p99: series() };
  const all = new LatencyHistogram();
  let i = 0;
  for (let b = 0; b < buckets; b++) {
    const end = b === buckets - 1 ? Infinity : (b + 1) * bucketMs;
    const first = i;
    for (; i < answeredAt.length && (answeredAt[i] as number) < end; i++) {
      all.record(latencyMs[i] as number);
    }
    const s = all.summary();
    soFar.count[b] = s.count;
    soFar.p50[b] = s.p50Ms;
    soFar.p95[b] = s.p95Ms;
    soFar.p99[b] = s.p99Ms;
    // Within one bucket a sorted copy is cheap and exact (no histogram per bucket to collect).
    const local = latencyMs.slice(first, i).sort();
    perBucket.p50[b] = rank(local, 0.5);
    perBucket.p95[b] = rank(local, 0.95);
    perBucket.p99[b] = rank(local, 0.99);
  }
  return { bucketMs, soFar, perBucket, total: all.summary() };
}

/** The nearest-rank quantile `q` of sorted values (NaN when there are none). */
function rank(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

export interface LatencyAt {
  /** Answers counted (those up to the last bucket boundary before T). */
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * Percentiles of the answers up to the last bucket boundary at or before `t` (a bucket is 1 s
 * of simulated time for runs up to 5 minutes), and of every answer once `t` is at the end.
 */
export function latencyAt(timeline: LatencyTimeline, t: number, durationMs: number): LatencyAt {
  const s = timeline.soFar;
  const buckets = s.count.length;
  const b = t >= durationMs ? buckets - 1 : Math.floor(t / timeline.bucketMs) - 1;
  if (b < 0) return { count: 0, p50: 0, p95: 0, p99: 0 };
  return {
    count: s.count[b] as number,
    p50: s.p50[b] as number,
    p95: s.p95[b] as number,
    p99: s.p99[b] as number,
  };
}

/** Bucket boundaries as times, for charts: the end of each bucket. */
export function bucketEnds(buckets: number, bucketMs: number): Float64Array {
  return Float64Array.from({ length: buckets }, (_, b) => (b + 1) * bucketMs);
}
