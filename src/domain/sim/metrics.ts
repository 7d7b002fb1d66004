/** Turns the engine's state at the end of a run into the plain result (counts, levels, series). */
import type { Usage } from '../pricing/index.ts';
import type { Engine } from './engine.ts';
import { reportOf } from './models.ts';
import type { ReportSink } from './report.ts';
import type {
  FunctionMetrics,
  NodeSeries,
  QueueMetrics,
  ServiceMetrics,
  SimResult,
} from './types.ts';

type Base = Omit<SimResult, 'cost' | 'trace'>;

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

  // Services that time out (API Gateway's integration timeout, a load balancer's idle timeout)
  // answer with an error; load balancers' and container services' 503/413/502 are errors too.
  let runTimeouts = 0;
  let runErrors = 0;
  // Each node's kind reports into this (kinds/<id>/report.ts), in node order.
  const out: ReportSink = {
    endedAtMs: T,
    average,
    peak,
    fn(metrics, gauges) {
      functions.push(metrics);
      byNode[metrics.nodeId] = {
        concurrency: g.avg[gauges.busy],
        environments: g.avg[gauges.environments],
      };
      addInto(concurrency, g.avg[gauges.busy]);
      addInto(concurrencyPeak, g.max[gauges.busy]);
      addInto(environments, g.avg[gauges.environments]);
    },
    queue(node, kind, gauge, stats) {
      queues.push({
        nodeId: node.id,
        label: node.label,
        kind,
        ...stats,
        avgDepth: average(gauge),
        peakDepth: peak(gauge),
        finalDepth: g.level(gauge),
      });
      byNode[node.id] = { queueDepth: g.avg[gauge] };
      addInto(queueDepth, g.avg[gauge]);
    },
    service(node, handled, extra = {}, run) {
      runTimeouts += run ? run.timeouts : (extra.timeouts ?? 0);
      runErrors += run ? run.errors : 0;
      services.push({
        nodeId: node.id,
        label: node.label,
        kind: node.kind,
        handled,
        throttles: 0,
        timeouts: 0,
        failed: 0,
        ...extra,
      });
    },
    nodeSeries(node, gauges) {
      byNode[node.id] = {
        environments: g.avg[gauges.environments],
        queueDepth: g.avg[gauges.queueDepth],
      };
    },
    responses(counts) {
      latency.ok += counts.ok;
      latency.throttled += counts.throttled;
      latency.errors += counts.errors;
    },
  };
  for (const m of sim.models) {
    if (m.usage) usage[m.node.id] = { ...m.usage };
    reportOf(m.node.code)(m, out);
  }

  const sum = (pick: (f: FunctionMetrics) => number) => functions.reduce((a, f) => a + pick(f), 0);
  const invocations = sum((f) => f.invocations);
  const coldStarts = sum((f) => f.coldStarts);
  const apiThrottles = services.reduce((a, s) => a + s.throttles, 0);
  const apiTimeouts = runTimeouts;
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
      errors: sum((f) => f.errors) + apiTimeouts + runErrors,
      timeouts: sum((f) => f.timeouts) + apiTimeouts,
      throttles: sum((f) => f.throttles) + apiThrottles,
      retries:
        sum((f) => f.retries) +
        queues.reduce((a, q) => a + q.retries, 0) +
        services.reduce((a, s) => a + (s.workflowRetries ?? 0) + (s.sdkRetries ?? 0), 0),
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
