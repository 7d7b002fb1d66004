/** Turns the engine's state at the end of a run into the plain result (counts, levels, series). */
import type { Usage } from '../pricing/index.ts';
import { ApiGatewayModel } from './api-gateway.ts';
import type { Engine } from './engine.ts';
import { LambdaModel } from './lambda.ts';
import { EventBridgeModel, S3Model, SnsModel } from './services.ts';
import { DynamoDbModel, KinesisModel } from './stores.ts';
import { SourceModel } from './source.ts';
import { SqsModel } from './sqs.ts';
import { StepFunctionsModel } from './step-functions.ts';
import type { StreamSet } from './streams.ts';
import { AlbModel } from '../kinds/alb/model.ts';
import { FargateModel } from '../kinds/fargate/model.ts';
import type {
  FunctionMetrics,
  NodeSeries,
  QueueMetrics,
  ServiceMetrics,
  SimResult,
} from './types.ts';

type Base = Omit<SimResult, 'cost' | 'trace'>;

/** Nearest-rank percentile (p in 0..1) of samples; 0 when there are none (the count says so). Sorts a copy. */
function quantileOf(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = Float64Array.from(samples).sort();
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))
  ] as number;
}

export function collectMetrics(sim: Engine): Base {
  const g = sim.gauges;
  const T = sim.endedAtMs;
  const functions: FunctionMetrics[] = [];
  const queues: QueueMetrics[] = [];
  const services: ServiceMetrics[] = [];
  const usage: Record<string, Usage> = {};
  const byNode: Record<string, NodeSeries> = {};
  const buckets = sim.buckets;
  const concurrency = new Float64Array(buckets);
  const concurrencyPeak = new Float64Array(buckets);
  const environments = new Float64Array(buckets);
  const queueDepth = new Float64Array(buckets);
  const addInto = (into: Float64Array, from: Float64Array | undefined) =>
    from?.forEach((v, k) => (into[k] = (into[k] as number) + v));
  const peak = (gauge: number) => Math.max(0, ...(g.max[gauge] ?? []));
  const average = (gauge: number) => (T > 0 ? (g.total[gauge] as number) / T : 0);
  const latency = { ...sim.latency.summary(), ok: 0, throttled: 0, errors: 0 };
  let apiTimeouts = 0;
  /** 503, 413 and 502 answers of load balancers and container services (one happening each). */
  let containerErrors = 0;

  const queue = (
    m: { node: { id: string; label: string } },
    kind: QueueMetrics['kind'],
    gauge: number,
    stats: Omit<
      QueueMetrics,
      'nodeId' | 'label' | 'kind' | 'avgDepth' | 'peakDepth' | 'finalDepth'
    >,
  ) => {
    queues.push({
      nodeId: m.node.id,
      label: m.node.label,
      kind,
      ...stats,
      avgDepth: average(gauge),
      peakDepth: peak(gauge),
      finalDepth: g.level(gauge),
    });
    byNode[m.node.id] = { queueDepth: g.avg[gauge] };
    addInto(queueDepth, g.avg[gauge]);
  };
  const stream = (m: DynamoDbModel | KinesisModel, s: StreamSet, kind: QueueMetrics['kind']) =>
    queue(m, kind, s.gBacklog, {
      received: s.stats.records,
      delivered: s.stats.delivered,
      deadLettered: 0,
      retries: s.stats.retries,
    });
  const service = (
    m: { node: { id: string; label: string; kind: string } },
    handled: number,
    extra: Partial<ServiceMetrics> = {},
  ) =>
    services.push({
      nodeId: m.node.id,
      label: m.node.label,
      kind: m.node.kind,
      handled,
      throttles: 0,
      timeouts: 0,
      failed: 0,
      ...extra,
    });

  for (const m of sim.models) {
    if (m.usage) usage[m.node.id] = { ...m.usage };
    if (m instanceof LambdaModel) {
      const s = m.stats;
      functions.push({
        nodeId: m.node.id,
        label: m.node.label,
        invocations: s.invocations,
        coldStarts: s.coldStarts,
        coldStartShare: s.invocations > 0 ? s.coldStarts / s.invocations : 0,
        errors: s.errors,
        timeouts: s.timeouts,
        throttles: s.throttles,
        retries: s.retries,
        dropped: s.dropped,
        deadLettered: s.deadLettered,
        meanDurationMs: m.usage.requests > 0 ? s.durationMs / m.usage.requests : 0,
        avgConcurrency: average(m.pool.gBusy),
        peakConcurrency: peak(m.pool.gBusy),
        avgEnvironments: average(m.pool.gEnvs),
        peakEnvironments: m.pool.peakCount,
        concurrencyLimit: m.limit,
        peakAsyncQueue: peak(m.gAsync),
        initMs: {
          count: s.initSamples.length,
          p50: quantileOf(s.initSamples, 0.5),
          p90: quantileOf(s.initSamples, 0.9),
          p99: quantileOf(s.initSamples, 0.99),
        },
        coldStartMs: {
          p50: quantileOf(s.coldStartSamples, 0.5),
          p99: quantileOf(s.coldStartSamples, 0.99),
        },
        restores: s.restores,
        recycled: s.recycled,
      });
      byNode[m.node.id] = { concurrency: g.avg[m.pool.gBusy], environments: g.avg[m.pool.gEnvs] };
      addInto(concurrency, g.avg[m.pool.gBusy]);
      addInto(concurrencyPeak, g.max[m.pool.gBusy]);
      addInto(environments, g.avg[m.pool.gEnvs]);
    } else if (m instanceof SqsModel) {
      const s = m.stats;
      queue(m, 'sqs', m.gDepth, {
        received: s.received,
        delivered: s.delivered,
        deadLettered: s.deadLettered,
        retries: s.redelivered,
      });
    } else if (m instanceof KinesisModel) {
      stream(m, m.stream, 'kinesis');
      service(m, m.handled);
    } else if (m instanceof DynamoDbModel) {
      if (m.stream && m.stream.consumers.length > 0) stream(m, m.stream, 'dynamodb-stream');
      service(m, m.handled);
    } else if (m instanceof ApiGatewayModel) {
      apiTimeouts += m.stats.timeouts;
      service(m, m.stats.requests, {
        throttles: m.stats.throttles,
        timeouts: m.stats.timeouts,
        failed: m.stats.errors,
      });
    } else if (m instanceof StepFunctionsModel) {
      service(m, m.stats.started, { failed: m.stats.failed });
    } else if (m instanceof S3Model || m instanceof SnsModel || m instanceof EventBridgeModel) {
      service(m, m.handled);
    } else if (m instanceof AlbModel) {
      apiTimeouts += m.stats.idleTimeouts;
      containerErrors += m.stats.unavailable503 + m.stats.tooLarge413;
      service(m, m.stats.requests, {
        timeouts: m.stats.timedOut504,
        failed: m.stats.failed,
        loadBalancer: m.report(),
      });
    } else if (m instanceof FargateModel) {
      const s = m.stats;
      apiTimeouts += s.timedOut504;
      containerErrors += s.unavailable503 + s.cut502;
      service(m, s.requests, {
        timeouts: s.timedOut504,
        failed: s.failed,
        containers: m.report(T),
      });
      byNode[m.node.id] = { environments: g.avg[m.gTasks], queueDepth: g.avg[m.gQueue] };
    } else if (m instanceof SourceModel) {
      latency.ok += m.responses.ok;
      latency.throttled += m.responses.throttled;
      latency.errors += m.responses.errors;
    }
  }

  const sum = (pick: (f: FunctionMetrics) => number) => functions.reduce((a, f) => a + pick(f), 0);
  const invocations = sum((f) => f.invocations);
  const coldStarts = sum((f) => f.coldStarts);
  const apiThrottles = services.reduce((a, s) => a + s.throttles, 0);
  const o = sim.outcomes;
  return {
    scenario: sim.model.name,
    seed: sim.model.seed,
    durationMs: sim.endMs,
    stoppedEarlyAtMs: sim.stoppedAtMs,
    events: sim.events,
    requests: {
      total: o.requests,
      succeeded: o.succeeded,
      failed: o.failed,
      throttled: o.throttled,
      deadLettered: o.deadLettered,
      inFlight: sim.roots.live,
    },
    totals: {
      invocations,
      coldStarts,
      coldStartShare: invocations > 0 ? coldStarts / invocations : 0,
      errors: sum((f) => f.errors) + apiTimeouts + containerErrors,
      timeouts: sum((f) => f.timeouts) + apiTimeouts,
      throttles: sum((f) => f.throttles) + apiThrottles,
      retries: sum((f) => f.retries) + queues.reduce((a, q) => a + q.retries, 0),
      deadLettered: sum((f) => f.deadLettered) + queues.reduce((a, q) => a + q.deadLettered, 0),
      dropped: sum((f) => f.dropped),
    },
    latency,
    functions,
    queues,
    services,
    account: {
      concurrencyLimit: sim.model.settings.accountConcurrency,
      unreservedPool: sim.account.unreservedPool,
      peakUnreservedInUse: sim.account.peakUnreservedInUse,
    },
    series: {
      bucketMs: sim.bucketMs,
      start: Float64Array.from({ length: buckets }, (_, k) => k * sim.bucketMs),
      requests: sim.perBucket.requests,
      throttles: sim.perBucket.throttles,
      errors: sim.perBucket.errors,
      coldStarts: sim.perBucket.coldStarts,
      concurrency,
      concurrencyPeak,
      environments,
      queueDepth,
      costUsd: new Float64Array(buckets),
      costByNode: Object.fromEntries(
        Object.keys(usage).map((id) => [id, new Float64Array(buckets)]),
      ),
      byNode,
    },
    usage,
  };
}
