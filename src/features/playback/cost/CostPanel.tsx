/**
 * The Cost tab: a ticker of what the run has cost so far, the monthly projection at this
 * traffic, the free-tier switch, and the bill per node and by line item — with the date and
 * provenance of the prices.
 */
import { useMemo } from 'react';
import { Link } from '../../../ui/router/index.ts';
import { PRICES_COMPILED } from '../../../domain/pricing/index.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { usePlayback } from '../../../store/playback-store.ts';
import { useRun } from '../run/run-store.ts';
import { formatUsd } from '../timeline/format.ts';
import { formatDate } from '../../../domain/format/dates.ts';
import { costSoFar, lineRows, nodeCosts } from './cost-model.ts';
import { CostTables } from './CostTables.tsx';

const AS_OF = formatDate(PRICES_COMPILED);

export function CostPanel() {
  const run = useRun((s) => s.run);
  const timeMs = usePlayback((s) => s.timeMs);
  const freeTier = useDiagram((s) => s.scenario.settings.freeTier);
  const setSettings = useDiagram((s) => s.setSettings);
  const nodes = useDiagram((s) => s.scenario.nodes);
  const labels = useMemo(() => new Map(nodes.map((n) => [n.id, n.label])), [nodes]);
  const result = run?.result;
  const perNode = useMemo(
    () => (result ? nodeCosts(result, labels, timeMs) : []),
    [result, labels, timeMs],
  );
  const lines = useMemo(() => (result ? lineRows(result) : []), [result]);
  return (
    <div className="flex flex-col gap-2 text-xs">
      <div className="flex flex-wrap items-baseline gap-x-5 gap-y-1">
        <p>
          <span className="text-slate-600 dark:text-slate-400">So far </span>
          <b className="font-mono text-base tabular-nums" data-testid="cost-so-far">
            {result ? formatUsd(costSoFar(result, timeMs)) : '—'}
          </b>
        </p>
        <p title="This run's usage scaled to a 30-day month and priced">
          <span className="text-slate-600 dark:text-slate-400">At this traffic for a month </span>
          <b className="font-mono text-base tabular-nums" data-testid="cost-monthly">
            {result?.cost ? formatUsd(result.cost.monthly.usd) : '—'}
          </b>
        </p>
        <label className="flex items-center gap-1.5 font-medium">
          <input
            type="checkbox"
            checked={freeTier}
            onChange={(e) => setSettings({ freeTier: e.target.checked })}
          />
          Apply the monthly free tier
        </label>
      </div>
      <p className="text-[11px] text-slate-600 dark:text-slate-400">
        Prices are a model of published AWS us-east-1 prices, as of {AS_OF}.{' '}
        <Link
          to="/learn/pricing"
          className="font-medium text-blue-700 underline dark:text-blue-400"
        >
          How pricing works
        </Link>
      </p>
      {result ? (
        <CostTables perNode={perNode} lines={lines} />
      ) : (
        <p className="text-slate-600 dark:text-slate-400">
          Press Play to see what this architecture costs.
        </p>
      )}
    </div>
  );
}
