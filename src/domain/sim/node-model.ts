/**
 * What every node model implements (the engine knows models only through this interface,
 * so it imports no model and no model file imports it back). The engine moves jobs between nodes and calls these; each
 * node kind decides what arriving, answering and waiting mean for it.
 */
import type { Usage } from '../pricing/usage.ts';
import type { CompiledNode } from './compile.ts';

/** How a piece of work ended, as seen by whoever waits for it. */
export const ST_OK = 0;
export const ST_ERROR = 1;
export const ST_THROTTLED = 2;
export const ST_TIMEOUT = 3;

export interface NodeModel {
  readonly node: CompiledNode;
  /** Usage for pricing, when the node is priced; updated as the run goes. */
  readonly usage: Usage | null;
  /** A job delivered to this node along one of its incoming edges. */
  arrive(job: number): void;
  /** The answer to a job this node sent (the engine frees `child` afterwards). */
  reply(child: number, status: number): void;
  /** A timer this node set on one of its jobs (`tag` says which). */
  jobTimer(job: number, tag: number): void;
  /** A cancellable timer on a job; only called if the job was not freed or re-armed since. */
  guard(job: number): void;
  /** A timer this node set for itself. */
  nodeTimer(arg: number): void;
  /** A time-series bucket ends (sweeps, accounting). */
  sample(now: number): void;
  /** Called once at the end of the run. */
  finish(now: number): void;
}
