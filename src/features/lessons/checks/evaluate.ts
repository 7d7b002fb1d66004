/**
 * Decides a lesson step. Diagram checks are cheap and pure, so the panel re-runs them on every
 * edit; metric checks need a simulation, which runs only when the learner asks (and only once
 * the diagram checks hold, so the feedback points at the first thing to fix).
 */
import type { Scenario } from '../../../domain/diagram/index.ts';
import type { SimResult } from '../../../domain/sim/types.ts';
import type { ContainerSpec } from '../../../domain/pricing/index.ts';
import { phrase } from './compare.ts';
import { checkDiagram } from './diagram-check.ts';
import { checkMetric } from './metric-checks.ts';
import { METRICS, type RunContext } from './metrics.ts';
import type { Check, MetricCheck } from '../../../domain/lessons/check-schema.ts';

export type CheckStatus = 'pass' | 'fail' | 'pending';
export interface CheckLine {
  status: CheckStatus;
  message: string;
}

export interface StepChecks {
  checks: readonly Check[];
}

export const isMetricCheck = (check: Check): check is MetricCheck => check.type === 'metric';
export const needsRun = (step: StepChecks) => step.checks.some(isMetricCheck);

/** "Cold-start share below 1 % of invocations" — what a run will be held to. */
export function describeMetricCheck(check: MetricCheck): string {
  const metric = METRICS[check.metric];
  return `${metric.label} ${phrase(check.op, metric.show(check.value))}`;
}

/** The diagram checks decided now; metric checks listed as pending (measured when run). */
export function checkNow(step: StepChecks, scenario: Scenario): CheckLine[] {
  return step.checks.map((check) =>
    isMetricCheck(check)
      ? { status: 'pending', message: `${describeMetricCheck(check)} — measured when you check.` }
      : toLine(checkDiagram(scenario, check)),
  );
}

const toLine = (r: { ok: boolean; message: string }): CheckLine => ({
  status: r.ok ? 'pass' : 'fail',
  message: r.message,
});

export const allPass = (lines: readonly CheckLine[]) => lines.every((l) => l.status === 'pass');

export interface RunOutcome {
  lines: CheckLine[];
  /** The run's context, for reading the prediction's metric; absent when no run happened. */
  ctx?: RunContext;
}

/**
 * Decides every check of a step, running the simulation if the step needs one.
 *
 * @example
 *   const out = await checkWithRun(step, scenario, (s) => Promise.resolve(simulate(s)));
 *   allPass(out.lines); // passed?
 */
export async function checkWithRun(
  step: StepChecks,
  scenario: Scenario,
  run: (scenario: Scenario) => Promise<SimResult>,
  container?: ContainerSpec,
): Promise<RunOutcome> {
  const now = checkNow(step, scenario);
  if (!needsRun(step) || now.some((l) => l.status === 'fail')) return { lines: now };
  const result = await run(scenario);
  const ctx: RunContext = { scenario, result, ...(container ? { container } : {}) };
  const lines = step.checks.map((check, i) =>
    isMetricCheck(check) ? toLine(checkMetric(ctx, check)) : (now[i] as CheckLine),
  );
  return { lines, ctx };
}
