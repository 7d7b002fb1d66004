/** Requests handled. */
import type { ReportSink } from '../../sim/report.ts';
import type { EventBridgeModel } from './model.ts';

export function reportEventBridge(m: EventBridgeModel, out: ReportSink): void {
  out.service(m.node, m.handled);
}
