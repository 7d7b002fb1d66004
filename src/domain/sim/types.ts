/** What a run takes and what it gives back. All times are milliseconds of simulated time. */
import type { CostBreakdown, PricingOptions, Usage } from '../pricing/index.ts';
import type { LatencySummary } from './latency.ts';
import type { Trace, TraceLimits } from './trace.ts';
import type { LoadBalancerMetrics } from '../kinds/alb/model.ts';
import type { ContainerMetrics } from '../kinds/fargate/model.ts';

export type { ContainerMetrics, LoadBalancerMetrics };

export interface SimOptions {
  /** Overrides `settings.seed`. */
  seed?: number;
  /** Overrides `settings.durationSec × 1000`. */
  durationMs?: number;
  /** Record the trace for playback (costs memory and time; off by default). */
  trace?: boolean;
  traceLimits?: Partial<TraceLimits>;
  /** Number of time-series buckets (default: 1 s buckets, at most 300). */
  buckets?: number;
  /**
   * Stop after this many events (default 100 million, about a minute of work): a safety
   * valve for scenarios that grow without bound. `stoppedEarlyAtMs` then says where it stopped.
   */
  maxEvents?: number;
  /** Price the usage (default true); off, `cost` is null. */
  cost?: boolean;
}

/** Every request that entered ends in exactly one of these (in flight = not finished by the end). */
export interface RequestOutcomes {
  total: number;
  succeeded: number;
  failed: number;
  /** Refused (HTTP 429) and not retried, or asynchronous events given up after throttling. */
  throttled: number;
  /** Sent to a dead-letter queue or an on-failure destination. */
  deadLettered: number;
  inFlight: number;
}

export interface Totals {
  invocations: number;
  coldStarts: number;
  /** Cold starts ÷ invocations, over all functions. */
  coldStartShare: number;
  /**
   * Failed invocations (errors and timeouts) plus API Gateway integration timeouts, and the
   * 503/504/413/502 answers of load balancers and container services.
   */
  errors: number;
  /** Function and integration timeouts, and 504s at the idle timeout of a load balancer. */
  timeouts: number;
  /** Refusals for lack of concurrency or by API Gateway's throttle (each attempt counts). */
  throttles: number;
  /** Retries: asynchronous re-attempts, SQS redeliveries, stream batch retries, workflow task retries. */
  retries: number;
  deadLettered: number;
  /** Asynchronous events dropped after their last attempt (no destination). */
  dropped: number;
}

/** End-to-end latency of synchronous requests (HTTP clients), and how they were answered. */
export interface SyncLatency extends LatencySummary {
  ok: number;
  throttled: number;
  errors: number;
}

export interface FunctionMetrics {
  nodeId: string;
  label: string;
  invocations: number;
  coldStarts: number;
  coldStartShare: number;
  errors: number;
  timeouts: number;
  throttles: number;
  retries: number;
  dropped: number;
  deadLettered: number;
  meanDurationMs: number;
  /** Executions in flight (initialising or busy), time-averaged and at peak. */
  avgConcurrency: number;
  peakConcurrency: number;
  /** Live execution environments (busy + idle), time-averaged and at peak. */
  avgEnvironments: number;
  peakEnvironments: number;
  concurrencyLimit: number;
  /** Events waiting in the asynchronous internal queue, at peak. */
  peakAsyncQueue: number;
  /** INIT of its on-demand cold starts (the billed part; SnapStart restores not included), ms; percentiles are 0 when count is 0. */
  initMs: { count: number; p50: number; p90: number; p99: number };
  /** What callers waited for at a cold start before the handler began (environment start + INIT, or a restore), ms. */
  coldStartMs: { p50: number; p99: number };
  /** Environments restored from a SnapStart snapshot, and retired at the end of their life. */
  restores: number;
  recycled: number;
}

export interface QueueMetrics {
  nodeId: string;
  label: string;
  kind: 'sqs' | 'dynamodb-stream' | 'kinesis';
  /** Messages (or records) that arrived. */
  received: number;
  /** Messages deleted after success (records processed). */
  delivered: number;
  deadLettered: number;
  retries: number;
  /**
   * Messages received again while the run that first received them was still going (their
   * visibility timeout ran out first). Present only when it happened, so runs without it keep
   * their frozen numbers.
   */
  duplicatesDelivered?: number;
  // SQS FIFO (issue 15); each present only when non-zero, like duplicatesDelivered.
  /** Batches held back because their message group had a batch in flight. */
  fifoGroupWaits?: number;
  /** Seconds message groups spent blocked behind a failed batch (summed over groups). */
  blockedGroupSec?: number;
  /** Sends dropped as duplicates within the 5-minute deduplication window. */
  deduplicated?: number;
  /** Sends refused above the queue's per-second cap (ThrottlingException). */
  sendThrottled?: number;
  avgDepth: number;
  peakDepth: number;
  finalDepth: number;
}

export interface ServiceMetrics {
  nodeId: string;
  label: string;
  kind: string;
  handled: number;
  throttles: number;
  timeouts: number;
  failed: number;
  /** An Application Load Balancer's own answers (503, 504, 413). */
  loadBalancer?: LoadBalancerMetrics;
  /** An AWS Fargate service's tasks, queueing and scaling. */
  containers?: ContainerMetrics;
  // Step Functions (issue 15); present only when non-zero.
  /** Task retries under the Retry policy (each billed as a state transition on Standard). */
  workflowRetries?: number;
  /** Failed tasks a Catch routed to the fallback state. */
  caughtFailures?: number;
  /** DynamoDB: throttled calls a function's SDK tried again. Present only when non-zero. */
  sdkRetries?: number;
  /** Kinesis: writes refused with ProvisionedThroughputExceeded. Present only when non-zero. */
  shardThrottles?: number;
  /** Kinesis: the oldest a record waited before a consumer read it, ms. Present only when non-zero. */
  maxIteratorAgeMs?: number;
}

/** Per-node levels over time; only the ones that apply to the node's kind are present. */
export interface NodeSeries {
  concurrency?: Float64Array;
  environments?: Float64Array;
  queueDepth?: Float64Array;
}

/** Fixed time buckets: bucket k covers [start[k], start[k] + bucketMs). */
export interface SeriesMetrics {
  bucketMs: number;
  start: Float64Array;
  /** Counts per bucket. */
  requests: Float64Array;
  throttles: Float64Array;
  errors: Float64Array;
  coldStarts: Float64Array;
  /**
   * Levels per bucket, time-averaged over all functions (queues and streams for `queueDepth`).
   * `concurrencyPeak` adds up each function's highest level in the bucket (an upper bound of
   * the account's peak).
   */
  concurrency: Float64Array;
  concurrencyPeak: Float64Array;
  environments: Float64Array;
  queueDepth: Float64Array;
  /** Cost accumulated by the end of each bucket (USD), when priced. */
  costUsd: Float64Array;
  /**
   * The same per priced node, by node id (zeros when not priced). Each node is priced on its
   * own before the free tier (the free tier is the account's, not a node's), so without the
   * free tier the nodes add up to `costUsd`; with it, to at least `costUsd`.
   */
  costByNode: Record<string, Float64Array>;
  byNode: Record<string, NodeSeries>;
}

export interface CostSummary {
  options: PricingOptions;
  /** The run's usage priced as one bill (the free tier, when on, is given once). */
  total: CostBreakdown;
  byNode: Record<string, CostBreakdown>;
  /** This traffic for a 30-day month. */
  monthly: CostBreakdown;
}

export interface SimResult {
  scenario: string;
  seed: number;
  durationMs: number;
  /** Set when the event budget ran out first: the simulated time reached (metrics cover up to it). */
  stoppedEarlyAtMs: number | null;
  /** Events the engine processed. */
  events: number;
  requests: RequestOutcomes;
  totals: Totals;
  latency: SyncLatency;
  functions: FunctionMetrics[];
  queues: QueueMetrics[];
  services: ServiceMetrics[];
  account: { concurrencyLimit: number; unreservedPool: number; peakUnreservedInUse: number };
  series: SeriesMetrics;
  /** Usage of every priced node, by node id. */
  usage: Record<string, Usage>;
  cost: CostSummary | null;
  trace: Trace | null;
}
