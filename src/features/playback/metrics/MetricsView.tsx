/**
 * The metrics at the current time as tiles — requests and what became of them, latency
 * percentiles, cold-start share, cost so far — with the whole run's totals underneath.
 * Presentational: it gets its numbers, so it can be tested without a run.
 */
import type { SimResult } from '../../../domain/sim/index.ts';
import { formatCount, formatMs, formatShare, formatUsd } from '../timeline/format.ts';
import { ContainerSummary } from './ContainerSummary.tsx';
import type { LiveMetrics } from './live-metrics.ts';

function Tile({
  label,
  value,
  hint,
  id,
  tone,
}: {
  label: string;
  value: string;
  hint: string;
  id: string;
  tone?: 'bad' | 'cold';
}) {
  const color =
    tone === 'bad'
      ? 'text-red-700 dark:text-red-400'
      : tone === 'cold'
        ? 'text-blue-700 dark:text-blue-300'
        : 'text-slate-900 dark:text-slate-100';
  return (
    <div className="min-w-0 rounded-md bg-slate-50 px-2 py-0.5 dark:bg-slate-900" title={hint}>
      <dt className="text-[11px] leading-tight text-slate-600 dark:text-slate-400">{label}</dt>
      <dd
        className={`truncate font-mono text-sm font-semibold tabular-nums ${color}`}
        data-testid={`metric-${id}`}
      >
        {value}
      </dd>
    </div>
  );
}

interface TileSpec {
  id: string;
  label: string;
  value: string;
  hint: string;
  tone?: 'bad' | 'cold';
}

const bad = (n: number) => (n > 0 ? ('bad' as const) : undefined);

/** The tiles at the current time, in reading order. */
function tilesFor(live: LiveMetrics): TileSpec[] {
  const l = live.latency;
  const ms = (v: number) => (l.count > 0 ? formatMs(v) : '—');
  return [
    {
      id: 'requests',
      label: 'Requests',
      value: formatCount(live.requests),
      hint: 'Requests that entered so far',
    },
    {
      id: 'succeeded',
      label: 'Succeeded',
      value: formatCount(live.succeeded),
      hint: 'Requests finished without error, throttle or dead letter',
    },
    {
      id: 'errors',
      label: 'Errors',
      value: formatCount(live.errors),
      hint: 'Invocations that failed or timed out',
      tone: bad(live.errors),
    },
    {
      id: 'throttles',
      label: 'Throttles',
      value: formatCount(live.throttles),
      hint: 'Refusals for lack of concurrency or over a rate limit (HTTP 429)',
      tone: bad(live.throttles),
    },
    {
      id: 'retries',
      label: 'Retries',
      value: formatCount(live.retries),
      hint: 'Asynchronous retries, queue redeliveries, stream batch retries, SDK retries of throttled calls',
    },
    {
      id: 'dlq',
      label: 'Dead letters',
      value: formatCount(live.deadLettered),
      hint: 'Messages moved to a dead-letter queue or on-failure destination',
      tone: bad(live.deadLettered),
    },
    {
      id: 'p50',
      label: 'Latency p50',
      value: ms(l.p50),
      hint: 'Half of the answered synchronous requests took less',
    },
    {
      id: 'p95',
      label: 'p95',
      value: ms(l.p95),
      hint: '95 % of the answered synchronous requests took less',
    },
    {
      id: 'p99',
      label: 'p99',
      value: ms(l.p99),
      hint: '99 % took less: the slow tail, where cold starts show',
    },
    {
      id: 'cold-share',
      label: `Cold starts: ${formatCount(live.coldStarts)}`,
      value: Number.isNaN(live.coldStartShare) ? '—' : formatShare(live.coldStartShare),
      hint: 'Share of function starts that were cold',
      tone: 'cold',
    },
    {
      id: 'in-flight',
      label: 'In flight',
      value: formatCount(live.inFlight),
      hint: 'Requests entered and not finished yet',
    },
    {
      id: 'cost',
      label: 'Cost so far',
      value: formatUsd(live.costUsd),
      hint: 'What the run has cost up to now (see the Cost tab)',
    },
  ];
}

/**
 * Per-queue counts of the behaviours exams ask about (delivered twice, FIFO group waits,
 * blocked groups, deduplicated and throttled sends) and per workflow (retries, caught
 * failures), whole run, only where non-zero.
 */
function behaviourLines(whole: Omit<SimResult, 'trace'>): string[] {
  const queues = whole.queues.flatMap((q) => {
    const parts = [
      q.duplicatesDelivered ? `${formatCount(q.duplicatesDelivered)} delivered twice` : '',
      q.fifoGroupWaits ? `${formatCount(q.fifoGroupWaits)} FIFO group waits` : '',
      q.blockedGroupSec ? `groups blocked ${formatMs(q.blockedGroupSec * 1000)}` : '',
      q.deduplicated ? `${formatCount(q.deduplicated)} deduplicated` : '',
      q.sendThrottled ? `${formatCount(q.sendThrottled)} sends throttled` : '',
    ].filter((p) => p !== '');
    return parts.length > 0 ? [`${q.label}: ${parts.join(', ')}`] : [];
  });
  const workflows = whole.services.flatMap((s) => {
    const parts = [
      s.workflowRetries ? `${formatCount(s.workflowRetries)} workflow retries` : '',
      s.caughtFailures ? `${formatCount(s.caughtFailures)} caught failures` : '',
    ].filter((p) => p !== '');
    return parts.length > 0 ? [`${s.label}: ${parts.join(', ')}`] : [];
  });
  return [...queues, ...workflows];
}

/**
 * One sentence per service that ran into a capacity limit over the whole run: a provisioned
 * table's throttles and the SDK retries they caused, a stream's refused writes and how far its
 * consumers fell behind. Empty when nothing did.
 */
function capacityLines(whole: Omit<SimResult, 'trace'>): { id: string; text: string }[] {
  const lines: { id: string; text: string }[] = [];
  for (const s of whole.services) {
    const parts: string[] = [];
    if (s.kind === 'dynamodb' && s.throttles > 0)
      parts.push(
        `${formatCount(s.throttles)} throttled`,
        `${formatCount(s.sdkRetries ?? 0)} SDK retries`,
        `${formatCount(s.failed)} calls failed after the last retry`,
      );
    if (s.shardThrottles)
      parts.push(`${formatCount(s.shardThrottles)} writes refused (ProvisionedThroughputExceeded)`);
    if (s.maxIteratorAgeMs) parts.push(`max iterator age ${formatMs(s.maxIteratorAgeMs)}`);
    if (parts.length > 0) lines.push({ id: s.nodeId, text: `${s.label}: ${parts.join(', ')}` });
  }
  return lines;
}

export function MetricsView({
  live,
  whole,
}: {
  live: LiveMetrics;
  whole: Omit<SimResult, 'trace'>;
}) {
  return (
    <div className="@container flex flex-col gap-1.5">
      <dl
        className="grid grid-cols-3 gap-1 @md:grid-cols-4 @3xl:grid-cols-6"
        aria-label="Metrics so far"
      >
        {tilesFor(live).map((tile) => (
          <Tile key={tile.id} {...tile} />
        ))}
      </dl>
      <p className="text-[11px] text-slate-600 dark:text-slate-400" data-testid="whole-run">
        Whole run: {formatCount(whole.requests.total)} requests,{' '}
        {formatCount(whole.requests.succeeded)} succeeded, {formatCount(whole.totals.throttles)}{' '}
        throttles, p99 {whole.latency.count > 0 ? formatMs(whole.latency.p99Ms) : '—'}, cold starts{' '}
        {formatShare(whole.totals.coldStartShare)} of {formatCount(whole.totals.invocations)}{' '}
        invocations
        {whole.cost ? `, ${formatUsd(whole.cost.total.usd)}` : ''}.
      </p>
      <ContainerSummary services={whole.services} />
      {behaviourLines(whole).map((line) => (
        <p
          key={line}
          className="text-[11px] text-slate-600 dark:text-slate-400"
          data-testid="behaviour-counts"
        >
          Whole run, {line}.
        </p>
      ))}
      {capacityLines(whole).length > 0 && (
        <ul
          className="text-[11px] text-red-700 dark:text-red-400"
          aria-label="Capacity limits over the whole run"
        >
          {capacityLines(whole).map((l) => (
            <li key={l.id} data-testid={`capacity-${l.id}`}>
              {l.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
