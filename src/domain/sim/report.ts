/**
 * How a kind reports its metrics at the end of a run. Each kind's `report.ts` reads its own
 * model and writes into a `ReportSink`; `metrics.ts` gathers what every node wrote, in node
 * order, into the run's result. No list of model classes is needed anywhere.
 */
import type { FunctionMetrics, QueueMetrics, ServiceMetrics } from './types.ts';

export interface ReportedNode {
  readonly id: string;
  readonly label: string;
  readonly kind: string;
}

export type QueueStats = Pick<
  QueueMetrics,
  | 'received'
  | 'delivered'
  | 'deadLettered'
  | 'retries'
  | 'duplicatesDelivered'
  | 'fifoGroupWaits'
  | 'blockedGroupSec'
  | 'deduplicated'
  | 'sendThrottled'
>;

export interface ReportSink {
  /** When the run ended, ms of simulated time (what is billed up to then). */
  readonly endedAtMs: number;
  /** Time-average of a gauge over the run. */
  average(gauge: number): number;
  /** Highest level of a gauge over the run. */
  peak(gauge: number): number;
  /** A function's figures; its busy and live-environment gauges feed the series. */
  fn(metrics: FunctionMetrics, gauges: { busy: number; environments: number }): void;
  /** A queue or stream: its counts; depth figures and series come from its gauge. */
  queue(node: ReportedNode, kind: QueueMetrics['kind'], gauge: number, stats: QueueStats): void;
  /** A managed service's requests handled, and what went wrong (timeouts count as errors too). */
  service(
    node: ReportedNode,
    handled: number,
    extra?: Partial<
      Pick<
        ServiceMetrics,
        | 'throttles'
        | 'timeouts'
        | 'failed'
        | 'loadBalancer'
        | 'containers'
        | 'workflowRetries'
        | 'caughtFailures'
        | 'sdkRetries'
        | 'shardThrottles'
        | 'maxIteratorAgeMs'
      >
    >,
    /**
     * What the service adds to the run's errors and timeouts, when that is not simply its
     * `timeouts` (a load balancer's 504s include its targets' own, already counted there; its
     * 503s and 413s are errors with no timeout).
     */
    run?: { timeouts: number; errors: number },
  ): void;
  /** A node's own series where it has tasks and a queue of its own (a container service). */
  nodeSeries(node: ReportedNode, gauges: { environments: number; queueDepth: number }): void;
  /** How a source's synchronous requests were answered. */
  responses(counts: { ok: number; throttled: number; errors: number }): void;
}

/** Nearest-rank percentile (p in 0..1) of samples; 0 when there are none (the count says so). Sorts a copy. */
export function quantileOf(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = Float64Array.from(samples).sort();
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))
  ] as number;
}
