/**
 * The trace: every timed happening of a run, recorded only when asked (`trace: true`), for the
 * playback to draw. The UI never invents state — what it draws is this.
 *
 * It is stored as columns of typed arrays (one row per record, no objects) so that a run with
 * millions of tokens stays compact and can be moved out of a Web Worker without copying
 * (transfer the `.buffer` of each column).
 *
 * Reading it:
 * - `nodeIds[i]` / `edgeIds[i]` name the scenario's node / edge with index `i`.
 * - **Tokens** are things travelling along an edge: token `k` leaves one end of edge
 *   `tokens.edge[k]` at `t0[k]` and reaches the other end at `t1[k]` (ms of simulated time).
 *   It travels from the edge's `from` node to its `to` node, unless `flags` has
 *   `TOKEN_FLAG.response`, in which case it is the answer travelling back (`to` → `from`).
 *   `cls` says how to colour it (`TOKEN_CLASS`: warm / cold / throttled / error / normal);
 *   `TOKEN_FLAG.retry` marks a retried delivery (draw dashed); `TOKEN_FLAG.batch` a poller's
 *   batch, and `items[k]` is how many messages or records it carries (1 otherwise); `req[k]` is
 *   the request number it belongs to (a batch's first message's), so a request's whole path
 *   can be highlighted. A request token's colour is what happened on arrival (a function's
 *   warm or cold start, or a throttle); an answer's colour is how the work ended.
 *   Tokens are sorted by `t0`; `t1 >= t0`. To draw time T, draw tokens with t0 <= T < t1
 *   (a zero-length token, t0 = t1, can be flashed for a frame).
 * - **Happenings** are instants at a node, sorted by `t`: `kind` is a `HAPPENING` code; `node`
 *   the node index; `ref` the environment number for environment happenings (unique per run,
 *   in creation order) or the request number for request happenings; `value` carries a number
 *   where the kind says so (queue depth, retry attempt). An environment's life reads
 *   envColdStart → envWarm → envIdle, then (envBusy → envIdle)… → envExpire; provisioned ones
 *   start with envProvisioned, then (envBusy → envIdle)…, and never expire; in the textbook
 *   model a cold start is not split, so envColdStart is followed directly by envIdle. Every
 *   warm start (an idle environment, provisioned or not, taking a request) is one envBusy.
 * - Every request that ends has exactly one `requestDone` happening, at its event source node,
 *   at the moment its outcome is decided (its last piece of work ended): `ref` is the request
 *   number, `value` its `REQUEST_OUTCOME`. A request without one was still in flight at the
 *   end. These are the engine's own outcomes (`SimResult.requests`), not a reading of tokens.
 * - When the run made more records than the caps allow, `truncated` is true and the trace is
 *   complete only up to `completeUntilMs`.
 *
 * @example
 *   const { trace } = simulate(scenario, { trace: true });
 *   const { tokens } = trace!;
 *   // Tokens in flight at time t (sorted by t0: stop at the first that leaves later;
 *   // a real player keeps a moving start index, or binary-searches t − longest trip).
 *   for (let k = 0; k < tokens.count && tokens.t0[k]! <= t; k++) {
 *     if (t < tokens.t1[k]!) drawToken(trace!.edgeIds[tokens.edge[k]!], tokens.cls[k]!);
 *   }
 */

/**
 * The `value` of an envColdStart happening is the time (ms) spent starting the environment
 * before INIT — 0 where the run does not split it (the textbook model) — or this code when the
 * environment is restored from a SnapStart snapshot instead of running INIT.
 */
export const COLD_START_RESTORED = -1;
/** The `value` of an envExpire happening when the environment was recycled at the end of its life, not reclaimed after idling. */
export const ENV_EXPIRE_RECYCLED = 1;

/** Colour class of a token. */
export const TOKEN_CLASS = { normal: 0, warm: 1, cold: 2, throttled: 3, error: 4 } as const;
/** Bit flags of a token: an answer travelling back, a retried delivery, a poller's batch. */
export const TOKEN_FLAG = { response: 1, retry: 2, batch: 4 } as const;

/** Kinds of happenings. */
export const HAPPENING = {
  /** An environment starts initialising (a cold start). ref = environment. */
  envColdStart: 1,
  /** Initialisation finished: the environment is warm (busy with its first request). */
  envWarm: 2,
  /** A warm environment takes a request. */
  envBusy: 3,
  /** An environment finished a request and waits. */
  envIdle: 4,
  /** An idle environment was reclaimed after the keep-alive period. */
  envExpire: 5,
  /** A provisioned environment is ready at the start of the run. */
  envProvisioned: 6,
  /** A request or batch was refused for lack of concurrency (or API Gateway's throttle). ref = request. */
  throttled: 7,
  /** A request, event or message will be tried again. value = attempt number. */
  retried: 8,
  /** A request went to a dead-letter queue or on-failure destination. */
  deadLettered: 9,
  /** An asynchronous event was given up and dropped. */
  dropped: 10,
  /** An invocation failed. */
  error: 11,
  /** An invocation hit its timeout (or API Gateway's 29 s). */
  timeout: 12,
  /** Queue depth (or stream backlog) changed. value = new depth. */
  queueDepth: 13,
  /**
   * A request ended, at its event source node: ref = request, value = its `REQUEST_OUTCOME`.
   * Exactly once per request that ended; none for those still in flight at the end.
   */
  requestDone: 14,
  /**
   * A message's visibility timeout ran out while the run that received it was still going, and
   * a second receive delivered it again (SQS standard, at-least-once). ref = request, value =
   * the receive count of that delivery.
   */
  deliveredTwice: 15,
  /**
   * A container task passed its first health check and takes requests. ref = task (numbered
   * like environments), value = ms from taskStarting to ready, or −1 for a task already
   * running when the run began. A task's life reads taskStarting → taskReady → (taskBusy →
   * taskIdle)… → taskDraining → taskStopped (a task still starting may stop at once).
   */
  taskReady: 16,
  /** A task stopped taking requests and drains for the deregistration delay. ref = task. */
  taskDraining: 17,
  /** A container service scaled. ref = desired tasks before, value = desired tasks after. */
  scaled: 18,
  /** A new task was asked for (capacity, image pull, health check to come). ref = task. */
  taskStarting: 19,
  /** A task took its first request in progress (it was idle). ref = task. */
  taskBusy: 20,
  /** A task finished its last request in progress and waits, still billed. ref = task. */
  taskIdle: 21,
  /** A task stopped; its billing ends. ref = task. */
  taskStopped: 22,
  // Issue 15, ordering (numbered from 40 so that kinds added alongside keep 16 onwards).
  /**
   * A FIFO queue handed a message to a batch. ref = request, value = sequence number × 1024 +
   * message group (the queue's own send order, and the group, at most 1,000 of them).
   */
  fifoReceived: 40,
  /** A FIFO queue accepted a send but dropped it: same deduplication ID within 5 minutes. ref = request. */
  deduplicated: 41,
  /** A FIFO queue's batch ended while more of its group waited behind it (a group wait). value = group. */
  fifoGroupWait: 42,
  /** A Step Functions Catch sent a failed task to the fallback state. ref = request. */
  caught: 43,
} as const;

/**
 * How a request ended (the `value` of a `requestDone` happening). The worst thing that happened
 * to it decides: dead-lettered over failed over throttled; succeeded when nothing went wrong.
 */
export const REQUEST_OUTCOME = { succeeded: 0, failed: 1, throttled: 2, deadLettered: 3 } as const;

export interface TraceTokens {
  count: number;
  edge: Int32Array;
  t0: Float64Array;
  t1: Float64Array;
  cls: Uint8Array;
  flags: Uint8Array;
  req: Int32Array;
  items: Int32Array;
}

export interface TraceHappenings {
  count: number;
  t: Float64Array;
  kind: Uint8Array;
  node: Int32Array;
  ref: Int32Array;
  value: Float64Array;
}

export interface Trace {
  nodeIds: string[];
  edgeIds: string[];
  tokens: TraceTokens;
  happenings: TraceHappenings;
  truncated: boolean;
  completeUntilMs: number;
}

export interface TraceLimits {
  maxTokens: number;
  maxHappenings: number;
}

export const DEFAULT_TRACE_LIMITS: TraceLimits = { maxTokens: 4_000_000, maxHappenings: 4_000_000 };
