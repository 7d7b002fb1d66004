/**
 * The live badges inside a node on the canvas: a function's execution environments as cells
 * (initialising / busy / idle), its concurrency against its limit and its cold starts; a
 * container service's tasks the same way, with tasks started and requests queued; a queue's
 * depth; API Gateway's 429s; dead letters. Re-renders only when its node's counters
 * change (see node-live.ts), never per frame.
 */
import { memo } from 'react';
import { formatCount } from '../timeline/format.ts';
import { useNodeCounters, type NodeLive } from './node-live.ts';
import { EnvCells } from './EnvCells.tsx';

const chip = 'rounded px-1 py-px text-[10px] font-semibold leading-tight tabular-nums';
const CHIP = {
  cold: `${chip} bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-200`,
  neutral: `${chip} bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200`,
  bad: `${chip} bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200`,
  retry: `${chip} bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200`,
};

function Chip({
  tone,
  label,
  value,
  testId,
}: {
  tone: keyof typeof CHIP;
  label: string;
  value: number;
  testId: string;
}) {
  return (
    <span className={CHIP[tone]} data-testid={testId} title={`${label}: ${formatCount(value)}`}>
      {label} {formatCount(value)}
    </span>
  );
}

function FunctionBadges({ live }: { live: NodeLive }) {
  const inUse = live.initializing + live.busy;
  return (
    <>
      <EnvCells initializing={live.initializing} busy={live.busy} idle={live.idle} />
      <div className="flex flex-wrap items-center gap-1">
        <span
          className={CHIP.neutral}
          data-testid="badge-concurrency"
          title="Concurrency: executions running now (initialising or busy) against the limit"
        >
          {formatCount(inUse)}/{live.limit === undefined ? '—' : formatCount(live.limit)}
        </span>
        <Chip tone="cold" label="cold" value={live.coldStarts} testId="badge-cold-starts" />
        <Chip tone="neutral" label="warm" value={live.warmStarts} testId="badge-warm-starts" />
        {live.throttles > 0 && (
          <Chip tone="bad" label="throttled" value={live.throttles} testId="badge-throttles" />
        )}
      </div>
    </>
  );
}

/** A container service's tasks as cells, started against the maximum, and requests queued. */
function TaskBadges({ live }: { live: NodeLive }) {
  const tasks = live.initializing + live.busy + live.idle;
  return (
    <>
      <EnvCells
        initializing={live.initializing}
        busy={live.busy}
        idle={live.idle}
        noun="Tasks"
        starting="starting"
      />
      <div className="flex flex-wrap items-center gap-1">
        <span
          className={CHIP.neutral}
          data-testid="badge-tasks"
          title="Tasks running or starting now, against the maximum"
        >
          {formatCount(tasks)}/{live.limit === undefined ? '—' : formatCount(live.limit)}
        </span>
        <Chip tone="cold" label="started" value={live.tasksStarted} testId="badge-tasks-started" />
        <Chip
          tone={live.queueDepth > 0 ? 'bad' : 'neutral'}
          label="queued"
          value={live.queueDepth}
          testId="badge-queued"
        />
      </div>
    </>
  );
}

/** Live counters of node `nodeId` of kind `kind`, or nothing before the first run. */
export const NodeBadges = memo(function NodeBadges({
  nodeId,
  kind,
}: {
  nodeId: string;
  kind: string;
}) {
  const live = useNodeCounters(nodeId);
  if (!live) return null;
  const isQueue =
    kind === 'sqs' || kind === 'kinesis' || (kind === 'dynamodb' && live.queueDepth > 0);
  return (
    <div
      className="flex flex-col gap-1 border-t border-slate-200 px-2 py-1 dark:border-slate-700"
      data-testid="node-badges"
    >
      {kind === 'lambda' && <FunctionBadges live={live} />}
      {kind === 'fargate' && <TaskBadges live={live} />}
      <div className="flex flex-wrap items-center gap-1 empty:hidden">
        {isQueue && (
          <Chip tone="neutral" label="depth" value={live.queueDepth} testId="badge-depth" />
        )}
        {kind === 'api-gateway' && (
          <Chip
            tone={live.refused > 0 ? 'bad' : 'neutral'}
            label="429s"
            value={live.refused}
            testId="badge-429"
          />
        )}
        {kind !== 'lambda' && live.throttles > 0 && (
          <Chip tone="bad" label="throttled" value={live.throttles} testId="badge-throttles" />
        )}
        {live.errors > 0 && (
          <Chip tone="bad" label="errors" value={live.errors} testId="badge-errors" />
        )}
        {live.retries > 0 && (
          <Chip tone="retry" label="retries" value={live.retries} testId="badge-retries" />
        )}
        {live.deadLettered > 0 && (
          <Chip tone="bad" label="to DLQ" value={live.deadLettered} testId="badge-dead-lettered" />
        )}
        {live.deliveredTwice > 0 && (
          <Chip
            tone="bad"
            label="delivered twice"
            value={live.deliveredTwice}
            testId="badge-delivered-twice"
          />
        )}
        {live.fellIn > 0 && (
          <Chip tone="bad" label="dead letters" value={live.fellIn} testId="badge-fell-in" />
        )}
      </div>
    </div>
  );
});
