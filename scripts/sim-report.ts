/**
 * The readable report of `npm run sim` (without `--json`): requests, latency, totals, functions,
 * cold starts (INIT and what callers waited for), queues and cost, as aligned text tables.
 */
import type { FunctionMetrics, SimResult } from '../src/domain/sim/index.ts';

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = (n: number) => (n >= 1000 ? `${fmt(n / 1000, 2)} s` : `${fmt(n, 1)} ms`);
const usd = (n: number) => (n > 0 && n < 0.0001 ? '< $0.0001' : `$${fmt(n, n < 1 ? 4 : 2)}`);
const pct = (n: number) => `${fmt(n * 100, 2)} %`;

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map(
      (r) =>
        '  ' +
        r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   '),
    )
    .join('\n');
}

/**
 * Per function: its cold starts, the INIT they ran (count, p50/p90/p99; the billed part) and,
 * for all of them, what callers waited for before the handler began (environment start + INIT,
 * or a SnapStart restore). Functions without a cold start show dashes.
 */
export function coldStartTable(functions: readonly FunctionMetrics[]): string {
  const when = (present: boolean, value: number) => (present ? ms(value) : '—');
  const rows = functions.map((f) => {
    const inits = f.initMs.count > 0;
    return [
      f.label,
      f.coldStarts,
      f.initMs.count,
      when(inits, f.initMs.p50),
      when(inits, f.initMs.p90),
      when(inits, f.initMs.p99),
      f.restores,
      when(f.coldStarts > 0, f.coldStartMs.p50),
      when(f.coldStarts > 0, f.coldStartMs.p99),
    ];
  });
  return table(
    ['', 'cold', 'INIT n', 'INIT p50', 'INIT p90', 'INIT p99', 'restores', 'wait p50', 'wait p99'],
    rows,
  );
}

export function report(r: SimResult, wallMs: number): string {
  const out: string[] = [];
  const stopped =
    r.stoppedEarlyAtMs !== null
      ? ` — STOPPED EARLY at ${ms(r.stoppedEarlyAtMs)} (event budget)`
      : '';
  out.push(
    `${r.scenario} — seed ${r.seed}, ${ms(r.durationMs)} simulated, ${fmt(r.events)} events in ${fmt(wallMs)} ms${stopped}`,
    '',
  );
  const q = r.requests;
  out.push(
    'Requests',
    table(
      ['', 'total', 'succeeded', 'failed', 'throttled', 'dead-lettered', 'in flight'],
      [['', q.total, q.succeeded, q.failed, q.throttled, q.deadLettered, q.inFlight]],
    ),
    '',
  );
  const l = r.latency;
  if (l.count > 0) {
    out.push(
      'Synchronous requests, end to end',
      table(
        ['', 'answered', 'ok', '429', 'errors', 'p50', 'p95', 'p99', 'max'],
        [
          [
            '',
            l.count,
            l.ok,
            l.throttled,
            l.errors,
            ms(l.p50Ms),
            ms(l.p95Ms),
            ms(l.p99Ms),
            ms(l.maxMs),
          ],
        ],
      ),
      '',
    );
  }
  const t = r.totals;
  out.push(
    `Totals: ${fmt(t.invocations)} invocations, ${fmt(t.coldStarts)} cold starts (${pct(t.coldStartShare)}), ${fmt(t.errors)} errors, ${fmt(t.throttles)} throttles, ${fmt(t.retries)} retries, ${fmt(t.deadLettered)} dead-lettered, ${fmt(t.dropped)} dropped`,
    '',
  );
  if (r.functions.length > 0) {
    const rows = r.functions.map((f) => [
      f.label,
      f.invocations,
      f.coldStarts,
      pct(f.coldStartShare),
      f.errors,
      f.throttles,
      ms(f.meanDurationMs),
      fmt(f.avgConcurrency, 2),
      f.peakEnvironments,
      f.concurrencyLimit,
    ]);
    out.push(
      'Functions',
      table(
        [
          '',
          'invocations',
          'cold',
          'cold share',
          'errors',
          'throttles',
          'mean duration',
          'avg concurrency',
          'peak envs',
          'limit',
        ],
        rows,
      ),
      '',
    );
  }
  if (r.functions.some((f) => f.coldStarts > 0)) {
    out.push(
      "Cold starts (INIT is billed; a cold start's wait = environment start + INIT, or a SnapStart restore)",
      coldStartTable(r.functions),
      '',
    );
  }
  if (r.queues.length > 0) {
    const rows = r.queues.map((x) => [
      x.label,
      x.kind,
      x.received,
      x.delivered,
      x.retries,
      x.duplicatesDelivered ?? 0,
      x.deadLettered,
      fmt(x.avgDepth, 1),
      x.peakDepth,
      x.finalDepth,
    ]);
    out.push(
      'Queues and streams',
      table(
        ['', 'kind', 'in', 'done', 'retries', 'twice', 'to DLQ', 'avg depth', 'peak', 'at end'],
        rows,
      ),
      '',
    );
  }
  const containers = r.services.filter((x) => x.containers);
  if (containers.length > 0) {
    const rows = containers.map((x) => {
      const c = x.containers!;
      return [
        x.label,
        c.tasksStarted,
        c.peakTasks,
        fmt(c.avgTasks, 2),
        `${c.scaleOuts}/${c.scaleIns}`,
        c.queued,
        ms(c.meanQueueWaitMs),
        c.unavailable503,
        c.timedOut504,
        Math.round(c.billedTaskSeconds),
      ];
    });
    out.push(
      'Container services (AWS Fargate)',
      table(
        [
          '',
          'tasks started',
          'peak',
          'avg tasks',
          'out/in',
          'waited',
          'mean wait',
          '503',
          '504',
          'task-s',
        ],
        rows,
      ),
      '',
    );
  }
  const balancers = r.services.filter((x) => x.loadBalancer);
  if (balancers.length > 0) {
    const rows = balancers.map((x) => [
      x.label,
      x.handled,
      x.loadBalancer!.unavailable503,
      x.loadBalancer!.timedOut504,
      x.loadBalancer!.tooLarge413,
    ]);
    out.push('Load balancers', table(['', 'requests', '503', '504', '413'], rows), '');
  }
  const fifo = r.queues.filter(
    (x) => x.fifoGroupWaits || x.blockedGroupSec || x.deduplicated || x.sendThrottled,
  );
  if (fifo.length > 0) {
    const rows = fifo.map((x) => [
      x.label,
      x.fifoGroupWaits ?? 0,
      fmt(x.blockedGroupSec ?? 0, 1),
      x.deduplicated ?? 0,
      x.sendThrottled ?? 0,
    ]);
    out.push(
      'FIFO queues',
      table(['', 'group waits', 'blocked s', 'deduplicated', 'send throttled'], rows),
      '',
    );
  }
  const workflows = r.services.filter((x) => x.workflowRetries || x.caughtFailures);
  if (workflows.length > 0) {
    const rows = workflows.map((x) => [
      x.label,
      x.handled,
      x.workflowRetries ?? 0,
      x.caughtFailures ?? 0,
      x.failed,
    ]);
    out.push('Workflows', table(['', 'executions', 'retries', 'caught', 'failed'], rows), '');
  }
  const capacity = r.services.filter(
    (x) => x.throttles > 0 || x.sdkRetries || x.shardThrottles || x.maxIteratorAgeMs,
  );
  if (capacity.length > 0) {
    const rows = capacity.map((x) => [
      x.label,
      x.kind,
      x.handled,
      x.throttles,
      x.sdkRetries ?? 0,
      x.failed,
      x.shardThrottles ?? 0,
      x.maxIteratorAgeMs ? ms(x.maxIteratorAgeMs) : '—',
    ]);
    out.push(
      'Capacity (throttles by a service; SDK retries of throttled calls; writes over a shard limit)',
      table(
        [
          '',
          'kind',
          'calls',
          'throttles',
          'SDK retries',
          'failed',
          'shard throttles',
          'max iterator age',
        ],
        rows,
      ),
      '',
    );
  }
  if (r.cost) {
    const c = r.cost;
    const rows = Object.entries(c.byNode).map(([id, b]) => [id, usd(b.usd)]);
    out.push(
      `Cost (us-east-1, free tier ${c.options.freeTier ? 'on' : 'off'}, INIT billed: ${c.options.initBilling ? 'yes' : 'no'})`,
      table(['', 'USD'], [...rows, ['total', usd(c.total.usd)]]),
    );
    out.push(`  This traffic for 30 days: ${usd(c.monthly.usd)}`);
  }
  return out.join('\n');
}
