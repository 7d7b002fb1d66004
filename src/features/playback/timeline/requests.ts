/**
 * What became of each request, read from the trace, so that "requests so far, succeeded so far"
 * can be shown at any time T. A request is born when its first token leaves its event source
 * and is finished with its last token or last happening. It failed if its caller was answered
 * with an error, was throttled if answered 429, and was dead-lettered if a happening says so —
 * the same rules the engine uses for its end-of-run outcomes.
 */
import { HAPPENING, TOKEN_CLASS, TOKEN_FLAG, type Trace } from '../../../domain/sim/trace.ts'; // not index.ts: that would bring the engine into the first load
import { upperBound } from './search.ts';

export const OUTCOME = { ok: 0, failed: 1, throttled: 2, deadLettered: 3 } as const;

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
  let maxReq = -1;
  for (let k = 0; k < tk.count; k++) maxReq = Math.max(maxReq, tk.req[k] as number);
  const n = maxReq + 1;
  const born = new Float64Array(n).fill(Infinity);
  const done = new Float64Array(n).fill(-Infinity);
  const outcome = new Uint8Array(n);
  const answered = new Float64Array(n).fill(NaN);
  for (let k = 0; k < tk.count; k++) {
    const r = tk.req[k] as number;
    if (r < 0) continue;
    const fromSource = sources[edgeEnds[tk.edge[k] as number]?.from ?? -1] === true;
    const response = ((tk.flags[k] as number) & TOKEN_FLAG.response) !== 0;
    if (fromSource && !response) born[r] = Math.min(born[r] as number, tk.t0[k] as number);
    done[r] = Math.max(done[r] as number, tk.t1[k] as number);
    if (fromSource && response) {
      answered[r] = tk.t1[k] as number;
      const cls = tk.cls[k];
      if (cls === TOKEN_CLASS.throttled)
        outcome[r] = Math.max(outcome[r] as number, OUTCOME.throttled);
      else if (cls === TOKEN_CLASS.error && outcome[r] === OUTCOME.ok) outcome[r] = OUTCOME.failed;
    }
  }
  const hp = trace.happenings;
  for (let i = 0; i < hp.count; i++) {
    const kind = hp.kind[i];
    if (kind !== HAPPENING.deadLettered && kind !== HAPPENING.dropped) continue;
    const r = hp.ref[i] as number;
    if (r < 0 || r >= n) continue;
    done[r] = Math.max(done[r] as number, hp.t[i] as number);
    outcome[r] =
      kind === HAPPENING.deadLettered
        ? OUTCOME.deadLettered
        : Math.max(outcome[r] as number, OUTCOME.failed);
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
  const byDone = real.slice().sort((a, b) => (done[a] as number) - (done[b] as number));
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
