/** A state machine's executions started and failed. */
import type { ReportSink } from '../../sim/report.ts';
import type { StepFunctionsModel } from './model.ts';

export function reportStepFunctions(m: StepFunctionsModel, out: ReportSink): void {
  out.service(m.node, m.stats.started, { failed: m.stats.failed });
}
