/** A container service's requests, 504s and failures, its whole-run summary, tasks and queue. */
import type { ReportSink } from '../../sim/report.ts';
import type { FargateModel } from './model.ts';

export function reportFargate(m: FargateModel, out: ReportSink): void {
  const s = m.stats;
  out.service(
    m.node,
    s.requests,
    { timeouts: s.timedOut504, failed: s.failed, containers: m.report(out.endedAtMs) },
    { timeouts: s.timedOut504, errors: s.unavailable503 + s.cut502 },
  );
  out.nodeSeries(m.node, { environments: m.gTasks, queueDepth: m.gQueue });
}
