/** A load balancer's requests, 504s and failures, its whole-run summary, and what the run counts. */
import type { ReportSink } from '../../sim/report.ts';
import type { AlbModel } from './model.ts';

export function reportAlb(m: AlbModel, out: ReportSink): void {
  const s = m.stats;
  out.service(
    m.node,
    s.requests,
    { timeouts: s.timedOut504, failed: s.failed, loadBalancer: m.report() },
    // Its 504s from a target's own timeout are counted at the target; only its idle timeouts here.
    { timeouts: s.idleTimeouts, errors: s.unavailable503 + s.tooLarge413 },
  );
}
