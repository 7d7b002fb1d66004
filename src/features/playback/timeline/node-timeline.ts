/**
 * Per-node counters at any time T, precomputed once per run from the trace's happenings.
 *
 * Each node gets its own time column and, after every happening at it, a row of counters
 * (cold starts so far, environments initialising / busy / idle now, queue depth now, …).
 * "Counters at T" is then one binary search and one row read: O(log n), forwards or backwards.
 * Nothing is guessed: every number is a count or level of happenings up to T.
 */
import { HAPPENING, TOKEN_CLASS, TOKEN_FLAG, type Trace } from '../../../domain/sim/trace.ts'; // not index.ts: that would bring the engine into the first load
import { COL, COLUMNS, type NodeTimeline } from './node-counters.ts';

export { COL, countersAt, type NodeCounters, type NodeTimeline } from './node-counters.ts';

const ENV_INIT = 1;
const ENV_BUSY = 2;
const ENV_IDLE = 3;
const LEVEL_COL: Record<number, number> = {
  [ENV_INIT]: COL.initializing,
  [ENV_BUSY]: COL.busy,
  [ENV_IDLE]: COL.idle,
};
/** Synthetic kinds found among the tokens: an answer refused with 429; a dead letter arriving. */
const REFUSED = 255;
const FELL_IN = 254;

type Entry = { t: number; kind: number; ref: number; value: number };

/** Environment state after a happening (undefined: the happening is not about environments). */
function envStateAfter(kind: number): number | undefined {
  switch (kind) {
    case HAPPENING.envColdStart:
    case HAPPENING.taskStarting:
      return ENV_INIT;
    case HAPPENING.envWarm:
    case HAPPENING.envBusy:
    case HAPPENING.taskBusy:
      return ENV_BUSY;
    case HAPPENING.envIdle:
    case HAPPENING.envProvisioned:
    case HAPPENING.taskReady:
    case HAPPENING.taskIdle:
      return ENV_IDLE;
    case HAPPENING.envExpire:
    case HAPPENING.taskDraining:
    case HAPPENING.taskStopped:
      return 0;
    default:
      return undefined;
  }
}

const COUNTED: Record<number, number> = {
  [HAPPENING.envColdStart]: COL.coldStarts,
  [HAPPENING.taskStarting]: COL.tasksStarted,
  [HAPPENING.envBusy]: COL.warmStarts,
  [HAPPENING.throttled]: COL.throttles,
  [HAPPENING.retried]: COL.retries,
  [HAPPENING.deadLettered]: COL.deadLettered,
  [HAPPENING.dropped]: COL.dropped,
  [HAPPENING.error]: COL.errors,
  [HAPPENING.timeout]: COL.errors,
  [REFUSED]: COL.refused,
  [FELL_IN]: COL.fellIn,
  [HAPPENING.deliveredTwice]: COL.deliveredTwice,
};

/** Where an edge points, and whether it carries dead letters (a DLQ or on-failure destination). */
export interface EdgeTarget {
  to: number;
  deadLetter?: boolean;
}

/** Happenings, refused answers and arriving dead letters of each node, in time order. */
function entriesByNode(trace: Trace, edgeEnds: readonly EdgeTarget[]): Entry[][] {
  const byNode: Entry[][] = trace.nodeIds.map(() => []);
  const fromTokens: Entry[][] = trace.nodeIds.map(() => []);
  const tk = trace.tokens;
  for (let k = 0; k < tk.count; k++) {
    const edge = edgeEnds[tk.edge[k] as number];
    if (!edge) continue;
    const response = ((tk.flags[k] as number) & TOKEN_FLAG.response) !== 0;
    if (response && tk.cls[k] === TOKEN_CLASS.throttled) {
      fromTokens[edge.to]?.push({ t: tk.t0[k] as number, kind: REFUSED, ref: -1, value: 0 });
    } else if (!response && edge.deadLetter) {
      fromTokens[edge.to]?.push({ t: tk.t1[k] as number, kind: FELL_IN, ref: -1, value: 0 });
    }
  }
  const hp = trace.happenings;
  for (let i = 0; i < hp.count; i++) {
    byNode[hp.node[i] as number]?.push({
      t: hp.t[i] as number,
      kind: hp.kind[i] as number,
      ref: hp.ref[i] as number,
      value: hp.value[i] as number,
    });
  }
  // A stable sort keeps same-time entries in recording order.
  return byNode.map((list, n) => {
    const extra = fromTokens[n] ?? [];
    return extra.length === 0 ? list : [...list, ...extra].sort((a, b) => a.t - b.t);
  });
}

/**
 * Builds every node's timeline. `edgeEnds[e].to` is the node index edge `e` points to.
 *
 * @example
 *   const timelines = buildNodeTimelines(trace, edgeEnds);
 *   countersAt(timelines[2]!, 12_000).coldStarts // → cold starts of node 2 by 12 s
 */
export function buildNodeTimelines(trace: Trace, edgeEnds: readonly EdgeTarget[]): NodeTimeline[] {
  const envState = new Map<number, number>();
  return entriesByNode(trace, edgeEnds).map((entries) => {
    const t = new Float64Array(entries.length);
    const rows = new Float64Array(entries.length * COLUMNS);
    const row = new Float64Array(COLUMNS);
    entries.forEach((entry, i) => {
      const counted = COUNTED[entry.kind];
      if (counted !== undefined) row[counted] = (row[counted] as number) + 1;
      const next = envStateAfter(entry.kind);
      if (next !== undefined) {
        // Follow each environment's own state, so a missing step never skews the levels.
        const prev = envState.get(entry.ref);
        const prevCol = prev === undefined ? undefined : LEVEL_COL[prev];
        if (prevCol !== undefined) row[prevCol] = Math.max(0, (row[prevCol] as number) - 1);
        const nextCol = LEVEL_COL[next];
        if (nextCol !== undefined) row[nextCol] = (row[nextCol] as number) + 1;
        if (next === 0) envState.delete(entry.ref);
        else envState.set(entry.ref, next);
      }
      if (entry.kind === HAPPENING.queueDepth) row[COL.queueDepth] = entry.value;
      t[i] = entry.t;
      rows.set(row, i * COLUMNS);
    });
    return { count: entries.length, t, rows };
  });
}
