/** A state machine's executions started and failed, its task retries and caught failures. */
import type { ReportSink } from '../../sim/report.ts';
import type { StepFunctionsModel } from './model.ts';

export function reportStepFunctions(m: StepFunctionsModel, out: ReportSink): void {
  const s = m.stats;
  out.service(m.node, s.started, {
    failed: s.failed,
    ...(s.retries > 0 ? { workflowRetries: s.retries } : {}),
    ...(s.caught > 0 ? { caughtFailures: s.caught } : {}),
  });
}
