/**
 * The Lambda design's side of the experiment: a run of the engine (no trace), its metrics and
 * its bill split into the comparison's lines.
 */
import type { Scenario } from '../diagram/index.ts';
import { MONTH_MS } from '../pricing/project.ts';
import type { CostLine } from '../pricing/types.ts';
import { simulate } from '../sim/simulate.ts';
import type { SimResult } from '../sim/types.ts';
import { emptyDesign, type DesignMonthly } from './lines.ts';
import { lambdaLogKb, logsUsd } from './logs.ts';

export type SideSummary = {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
  ok: number;
  /** Throttles (429) on the Lambda side; 503 + 504 (+ 502) on the container side. */
  errors: number;
  errorsLabel: string;
  /** Cold starts on the Lambda side; tasks started on the container side. */
  starts: number;
  startsLabel: string;
  /** What capacity paid for but unused cost over the run (USD). */
  idleUsd: number;
  runUsd: number;
  monthly: DesignMonthly;
};

function classify(line: CostLine): keyof DesignMonthly {
  if (line.item.startsWith('lambda.provisioned')) return 'provisioned';
  if (line.item.startsWith('lambda.')) return 'compute';
  if (line.item.startsWith('apigw.')) return 'frontDoor';
  return 'shared';
}

export function linesOf(lines: readonly CostLine[], scale = 1): DesignMonthly {
  const design = emptyDesign();
  for (const line of lines) design[classify(line)] += line.usd * scale;
  return design;
}

export function runLambdaSide(
  scenario: Scenario,
  functionId: string,
  options: { appLogKb: number },
): { summary: SideSummary; result: SimResult } {
  const result = simulate(scenario, { trace: false, buckets: 1 });
  const fn = result.functions.find((f) => f.nodeId === functionId);
  const runMs = result.stoppedEarlyAtMs ?? result.durationMs;
  const monthly = result.cost ? linesOf(result.cost.monthly.lines) : emptyDesign();
  const invocations = fn?.invocations ?? 0;
  monthly.logs = logsUsd(invocations * (MONTH_MS / runMs), lambdaLogKb(options.appLogKb));
  const runUsd =
    (result.cost?.total.usd ?? 0) + logsUsd(invocations, lambdaLogKb(options.appLogKb));
  const provisionedRun = result.cost
    ? result.cost.total.lines
        .filter((l) => l.item.startsWith('lambda.provisioned.'))
        .reduce((s, l) => s + l.usd, 0)
    : 0;
  const sync = result.latency;
  const viaQueue = sync.count === 0;
  return {
    result,
    summary: {
      p50Ms: viaQueue ? (fn?.meanDurationMs ?? 0) : sync.p50Ms,
      p95Ms: sync.p95Ms,
      p99Ms: sync.p99Ms,
      requests: result.requests.total,
      ok: result.requests.succeeded,
      errors: result.totals.throttles + result.totals.errors,
      errorsLabel: 'throttles (429) and errors',
      starts: result.totals.coldStarts,
      startsLabel: 'cold starts',
      // Idle cost on Lambda is provisioned concurrency only (an idle function costs nothing);
      // the share of it not used by invocations is not separated here: the whole line is shown.
      idleUsd: provisionedRun,
      runUsd,
      monthly,
    },
  };
}
