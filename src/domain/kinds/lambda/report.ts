/** A function's metrics: invocations and how they went, concurrency, environments, INIT times. */
import { quantileOf, type ReportSink } from '../../sim/report.ts';
import type { LambdaModel } from './model.ts';

export function reportLambda(m: LambdaModel, out: ReportSink): void {
  const s = m.stats;
  out.fn(
    {
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
      avgConcurrency: out.average(m.pool.gBusy),
      peakConcurrency: out.peak(m.pool.gBusy),
      avgEnvironments: out.average(m.pool.gEnvs),
      peakEnvironments: m.pool.peakCount,
      concurrencyLimit: m.limit,
      peakAsyncQueue: out.peak(m.gAsync),
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
    },
    { busy: m.pool.gBusy, environments: m.pool.gEnvs },
  );
}
