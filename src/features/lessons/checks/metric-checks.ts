/** Checks against a simulation run: a measured number compared with the lesson's threshold. */
import { compare, phrase } from './compare.ts';
import { METRICS, type RunContext } from './metrics.ts';
import type { CheckResult, MetricCheck } from '../../../domain/lessons/check-schema.ts';

export function checkMetric(ctx: RunContext, check: MetricCheck): CheckResult {
  const metric = METRICS[check.metric];
  const value = metric.read(ctx);
  const want = phrase(check.op, metric.show(check.value));
  if (!Number.isFinite(value)) {
    return {
      ok: false,
      message: check.hint ?? `${metric.label} could not be measured in this run.`,
    };
  }
  if (compare(value, check.op, check.value)) {
    return { ok: true, message: `${metric.label}: ${metric.show(value)} (${want}).` };
  }
  const message = `${metric.label} is ${metric.show(value)}; it must be ${want}.`;
  return { ok: false, message: check.hint ? `${check.hint} (${message})` : message };
}
