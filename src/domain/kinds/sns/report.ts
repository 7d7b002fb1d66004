/** Requests handled. */
import type { ReportSink } from '../../sim/report.ts';
import type { SnsModel } from './model.ts';

export function reportSns(m: SnsModel, out: ReportSink): void {
  out.service(m.node, m.handled);
}
