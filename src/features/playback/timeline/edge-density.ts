/**
 * Traffic per edge over time, for the aggregate view: when more tokens are in flight than a
 * frame can draw one by one, each edge shows how many are on it instead. Cumulative departure
 * counts per edge and time bin make "how many left in the last D ms" a subtraction, so the
 * cost of a frame depends on the number of edges, not on the traffic.
 */
import { TOKEN_CLASS, type TraceTokens } from '../../../domain/sim/trace.ts'; // not index.ts: that would bring the engine into the first load

export interface EdgeDensity {
  bins: number;
  binMs: number;
  /** Per edge, `bins + 1` cumulative counts of departures: all tokens, and refused/failed ones. */
  all: Float64Array[];
  bad: Float64Array[];
}

export function buildEdgeDensity(
  tokens: TraceTokens,
  edgeCount: number,
  durationMs: number,
  bins = 1000,
): EdgeDensity {
  const binMs = Math.max(durationMs, 1) / bins;
  const all = Array.from({ length: edgeCount }, () => new Float64Array(bins + 1));
  const bad = Array.from({ length: edgeCount }, () => new Float64Array(bins + 1));
  for (let k = 0; k < tokens.count; k++) {
    const e = tokens.edge[k] as number;
    const bin = Math.min(bins - 1, Math.max(0, Math.floor((tokens.t0[k] as number) / binMs)));
    const a = all[e];
    if (!a) continue;
    a[bin + 1] = (a[bin + 1] as number) + 1;
    const cls = tokens.cls[k] as number;
    if (cls === TOKEN_CLASS.throttled || cls === TOKEN_CLASS.error) {
      const b = bad[e] as Float64Array;
      b[bin + 1] = (b[bin + 1] as number) + 1;
    }
  }
  for (const series of [...all, ...bad]) {
    for (let i = 1; i <= bins; i++) series[i] = (series[i] as number) + (series[i - 1] as number);
  }
  return { bins, binMs, all, bad };
}

/** Cumulative count at time `t`, interpolated within its bin. */
function cumulativeAt(series: Float64Array, d: EdgeDensity, t: number): number {
  const x = Math.min(d.bins, Math.max(0, t / d.binMs));
  const i = Math.floor(x);
  const lo = series[i] as number;
  const hi = (series[Math.min(d.bins, i + 1)] as number) ?? lo;
  return lo + (hi - lo) * (x - i);
}

/** Tokens that left edge `e` in the `windowMs` before `t` (≈ the ones drawn at `t`). */
export function departuresIn(
  d: EdgeDensity,
  e: number,
  t: number,
  windowMs: number,
): { all: number; bad: number } {
  const a = d.all[e];
  const b = d.bad[e];
  if (!a || !b) return { all: 0, bad: 0 };
  return {
    all: cumulativeAt(a, d, t) - cumulativeAt(a, d, t - windowMs),
    bad: cumulativeAt(b, d, t) - cumulativeAt(b, d, t - windowMs),
  };
}

/** Estimated tokens on screen at `t`: decides between drawing tokens and the density. */
export function estimateInFlight(d: EdgeDensity, t: number, windowMs: number): number {
  let sum = 0;
  for (let e = 0; e < d.all.length; e++) sum += departuresIn(d, e, t, windowMs).all;
  return sum;
}
