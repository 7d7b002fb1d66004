/**
 * What a node model may use of the engine, and nothing more: the clock, the job and request
 * tables, the moves (send, dispatch, reply), the timers, and the books (counts, gauges, trace).
 * `Engine` implements it; models take a `SimPort`, so no model file imports the engine and the
 * engine imports no model (it is handed a factory, `sim/models.ts`).
 *
 * This is a type only: a model's `this.sim.dispatch(…)` is the same call on the same object as
 * before, so the hot loop pays nothing for the narrowing.
 */
import type { BucketSeries } from './ledger.ts';
import type { Model } from './compile.ts';
import type { Gauges } from './gauges.ts';
import type { JobTable, RootTable } from './jobs.ts';
import type { LatencyHistogram } from './latency.ts';
import type { TraceRecorder } from './trace-recorder.ts';

/** Account-wide concurrency, shared by functions without reserved concurrency. */
export interface AccountConcurrency {
  unreservedPool: number;
  unreservedInUse: number;
  peakUnreservedInUse: number;
}

/**
 * What one model may ask of a model it is wired to. Three models need a neighbour's answer in
 * the middle of a move, where a message through the engine would be too late: a load balancer
 * asks its Fargate target how many tasks are registered (kinds/alb/model.ts), SQS pollers ask a
 * worker service how much room it has (kinds/sqs/model.ts), and worker tasks read their queue's
 * depth and wake it (kinds/fargate/model.ts). Each member is optional: a neighbour of another
 * kind simply lacks it, and the caller says what that means. Typed queries, not model classes,
 * so no model imports another kind's model.
 */
export interface NeighbourQueries {
  /** A target group's registered targets (a Fargate service's running tasks). */
  registeredTargets?(): number;
  /** How many messages a worker service can take now, in batches of `batchSize`. */
  batchRoom?(batchSize: number): number;
  /** A queue's depth gauge. */
  readonly gDepth?: number;
  /** Asks a queue to deliver again (workers became free). */
  pump?(): void;
}

export interface SimPort {
  // ---- what the run is ----
  /** The compiled scenario (nodes, edges, settings, seed). */
  readonly model: Model;
  /** Simulated time now, ms. */
  readonly now: number;
  /** The run's end, ms of simulated time. */
  readonly endMs: number;
  /** Per edge: its target node, and 1 where it is an asynchronous invocation. */
  readonly edgeTo: Int32Array;
  readonly edgeAsync: Uint8Array;

  /** The model of node `node`, seen only through the queries above (see `NeighbourQueries`). */
  neighbour(node: number): NeighbourQueries;

  // ---- jobs and requests ----
  readonly jobs: JobTable;
  readonly roots: RootTable;
  /** A new request entering at `source`. */
  newRoot(source: number, payloadKb: number): number;
  /** A job of request `root` (−1: of none) at `node`. */
  newJob(root: number, req: number, node: number): number;
  /** A new job at `node` carrying on `from`'s work; `detached` ones no longer count for the request. */
  derive(from: number, node: number, detached?: boolean): number;
  freeJob(job: number): void;
  /** Marks how request `root` went (R_FAILED, R_THROTTLED, R_DEAD). */
  markRoot(root: number, flag: number): void;

  // ---- moves ----
  /** Sends a new job of `from`'s request along `edge`; with `wantReply` `from` waits for the answer. */
  send(from: number, edge: number, wantReply: boolean, delayMs?: number): void;
  /** A new job of `from`'s request, not sent yet (see `Engine.spawn`). */
  spawn(from: number, wantReply: boolean): number;
  /** Moves `job` along `edge`; with no delay at all it is delivered before this returns. */
  dispatch(job: number, edge: number, delayMs?: number): void;
  /** Answers `job` to whoever sent it (and frees it), or just frees it if nobody waits. */
  reply(job: number, status: number): void;

  // ---- timers ----
  jobTimer(job: number, at: number, tag: number): void;
  /** A timer that fires only if `job` is still the same job then (see `rearm`). */
  guardTimer(job: number, at: number): void;
  /** Cancels the guard timers of `job` without freeing it. */
  rearm(job: number): void;
  nodeTimer(node: number, at: number, arg: number): void;

  // ---- the books ----
  /** Adds to a per-bucket series (arrivals, throttles, errors, cold starts). */
  count(series: BucketSeries, n?: number): void;
  /** End-to-end latency of synchronous requests. */
  readonly latency: LatencyHistogram;
  /** Time-weighted levels (busy environments, queue depth…). */
  readonly gauges: Gauges;
  readonly account: AccountConcurrency;
  /** Numbers environments across the run, in creation order (the trace's environment ids). */
  envCounter: number;
  /** Records the trace when asked for, else null. */
  readonly trace: TraceRecorder | null;
  /** Colours the token of the trip `job` just made (cold, warm, throttled…), when tracing. */
  classify(job: number, cls: number): void;
}
