/**
 * A node's counters at time T from its precomputed timeline (node-timeline.ts builds it): one
 * binary search and one row read. Kept apart from the builder so that the badges and live
 * metrics, which load with the page, do not bring the builder (loaded with a run) along.
 */
import { upperBound } from './search.ts';

/** Column of each counter in a row. */
export const COL = {
  coldStarts: 0,
  warmStarts: 1,
  throttles: 2,
  /** Answers refused with HTTP 429 that left this node (API Gateway's own or its function's). */
  refused: 3,
  retries: 4,
  deadLettered: 5,
  dropped: 6,
  errors: 7,
  initializing: 8,
  busy: 9,
  idle: 10,
  queueDepth: 11,
  /** Messages that arrived here as a dead-letter queue or on-failure destination. */
  fellIn: 12,
  /** Messages delivered a second time while their first run was still going (SQS). */
  deliveredTwice: 13,
  /** Container tasks asked for so far (a service's scale-out), not counted as cold starts. */
  tasksStarted: 14,
} as const;
export const COLUMNS = 15;

export type NodeCounters = { -readonly [K in keyof typeof COL]: number };

export interface NodeTimeline {
  count: number;
  t: Float64Array;
  rows: Float64Array;
}

const ZERO: NodeCounters = Object.freeze(
  Object.fromEntries(Object.keys(COL).map((k) => [k, 0])) as NodeCounters,
);

/** A node's counters once every happening up to and including `t` has happened. */
export function countersAt(timeline: NodeTimeline, t: number): NodeCounters {
  const i = upperBound(timeline.t, timeline.count, t);
  if (i === 0) return ZERO;
  const base = (i - 1) * COLUMNS;
  const out = {} as NodeCounters;
  for (const [key, col] of Object.entries(COL)) {
    out[key as keyof NodeCounters] = timeline.rows[base + col] as number;
  }
  return out;
}
