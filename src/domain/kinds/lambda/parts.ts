/**
 * What the invocation helpers (async-invocation.ts, sdk-calls.ts) use of a function's model:
 * they take this, not LambdaModel, so model.ts can import them without a circle.
 */
import type { CompiledNode } from '../../sim/compile.ts';
import type { LambdaConfig, LambdaStats } from './runtime-config.ts';

export interface LambdaParts {
  readonly node: CompiledNode;
  readonly cfg: LambdaConfig;
  readonly stats: LambdaStats;
  /** Outgoing SDK calls, in the order the function makes them. */
  readonly calls: readonly number[];
  /** On-failure destinations of asynchronous invocations. */
  readonly onFailure: readonly number[];
  /** Gauge of the events waiting in the internal queue. */
  readonly gAsync: number;
  /** Starts an invocation; false when it was throttled. */
  start(job: number, arrived: boolean): boolean;
  end(job: number, status: number): void;
}
