/**
 * What became of each request, read from the trace, so that "requests so far, succeeded so far"
 * can be shown at any time T. A request is born when its first token leaves its event source
 * and is finished at its `requestDone` happening, which carries the engine's own outcome
 * (succeeded, failed, throttled, dead-lettered); one without it was still in flight at the end.
 */
import { HAPPENING, REQUEST_OUTCOME, TOKEN_FLAG, type Trace } from '../../../domain/sim/trace.ts'; // not index.ts: that would bring the engine into the first load
import { upperBound } from './search.ts';

/** Outcome codes: the engine's `REQUEST_OUTCOME`. */
export const OUTCOME = {
  ok: REQUEST_OUTCOME.succeeded,
  failed: REQUEST_OUTCOME.failed,
  throttled: REQUEST_OUTCOME.throttled,
  deadLettered: REQUEST_OUTCOME.deadLettered,
} as const;

export interface RequestTimeline {
  /** Birth times, sorted. */
  born: Float64Array;
  /** Finish times, sorted, with the cumulative count of each outcome at each. */
  done: Float64Array;
  cumulative: Record<keyof typeof OUTCOME, Int32Array>;
  /** Synchronous requests: when the caller got its answer, sorted, and how long it waited. */
  answeredAt: Float64Array;
  latencyMs: Float64Array;
}

export interface RequestCounts {
  requests: number;
  succeeded: number;
  failed: number;
  throttled: number;
  deadLettered: number;
  inFlight: number;
}

/** `sources[n]` is true for event-source nodes. */
export function buildRequestTimeline(
  trace: Trace,
  edgeEnds: readonly { from: number }[],
  sources: readonly boolean[],
): RequestTimeline {
  const tk = trace.tokens;
  const hp = trace.happenings;
  let maxReq = -1;
  for (let k = 0; k < tk.count; k++) maxReq = Math.max(maxReq, tk.req[k] as number);
  for (let i = 0; i < hp.count; i++)
    if (hp.kind[i] === HAPPENING.requestDone) maxReq = Math.max(maxReq, hp.ref[i] as number);
  const n = maxReq + 1;
  const born = new Float64Array(n).fill(Infinity);
  const done = new Float64Array(n).fill(Infinity);
  const outcome = new Uint8Array(n);
  const answered = new Float64Array(n).fill(NaN);
  for (let k = 0; k < tk.count; k++) {
    const r = tk.req[k] as number;
    if (r < 0) continue;
    if (sources[edgeEnds[tk.edge[k] as number]?.from ?? -1] !== true) continue;
    if ((tk.flags[k] as number) & TOKEN_FLAG.response) answered[r] = tk.t1[k] as number;
    else born[r] = Math.min(born[r] as number, tk.t0[k] as number);
  }
  for (let i = 0; i < hp.count; i++) {
    if (hp.kind[i] !== HAPPENING.requestDone) continue;
    const r = hp.ref[i] as number;
    if (r < 0) continue;
    const t = hp.t[i] as number;
    done[r] = t;
    outcome[r] = hp.value[i] as number;
    // A request that never left its source (it had nowhere to go) is born as it ends.
    born[r] = Math.min(born[r] as number, t);
  }
  return summarise(born, done, outcome, answered);
}

function summarise(
  born: Float64Array,
  done: Float64Array,
  outcome: Uint8Array,
  answered: Float64Array,
): RequestTimeline {
  const real = [...born.keys()].filter((r) => Number.isFinite(born[r] as number));
  const byDone = real
    .filter((r) => Number.isFinite(done[r] as number))
    .sort((a, b) => (done[a] as number) - (done[b] as number));
  const cumulative = {
    ok: new Int32Array(byDone.length),
    failed: new Int32Array(byDone.length),
    throttled: new Int32Array(byDone.length),
    deadLettered: new Int32Array(byDone.length),
  };
  const running = [0, 0, 0, 0];
  byDone.forEach((r, i) => {
    const o = outcome[r] as number;
    running[o] = (running[o] as number) + 1;
    cumulative.ok[i] = running[0] as number;
    cumulative.failed[i] = running[1] as number;
    cumulative.throttled[i] = running[2] as number;
    cumulative.deadLettered[i] = running[3] as number;
  });
  const sync = real
    .filter((r) => !Number.isNaN(answered[r] as number))
    .sort((a, b) => (answered[a] as number) - (answered[b] as number));
  return {
    born: Float64Array.from(real.map((r) => born[r] as number)).sort(),
    done: Float64Array.from(byDone.map((r) => done[r] as number)),
    cumulative,
    answeredAt: Float64Array.from(sync.map((r) => answered[r] as number)),
    latencyMs: Float64Array.from(sync.map((r) => (answered[r] as number) - (born[r] as number))),
  };
}

/** Requests born, finished (by outcome) and still in flight at time `t`. */
export function requestsAt(timeline: RequestTimeline, t: number): RequestCounts {
  const requests = upperBound(timeline.born, timeline.born.length, t);
  const i = upperBound(timeline.done, timeline.done.length, t) - 1;
  const at = (a: Int32Array) => (i >= 0 ? (a[i] as number) : 0);
  const succeeded = at(timeline.cumulative.ok);
  const failed = at(timeline.cumulative.failed);
  const throttled = at(timeline.cumulative.throttled);
  const deadLettered = at(timeline.cumulative.deadLettered);
  const finished = succeeded + failed + throttled + deadLettered;
  return {
    requests,
    succeeded,
    failed,
    throttled,
    deadLettered,
    inFlight: Math.max(0, requests - finished),
  };
}
