/**
 * The bill in one line, always on screen beside the transport: what the run has cost so far and
 * what a month at this traffic would cost. Follows the published playback time (≤ 10×/s), so it
 * never re-renders per frame. Self-contained (reads the run and the clock itself): any screen
 * with a transport can place it. The numbers are a model: the "model" link says so and leads to
 * where the prices come from.
 */
import { Link } from '../../../ui/router/index.ts';
import { usePlayback } from '../../../store/playback-store.ts';
import { useRun } from '../run/run-store.ts';
import { formatUsd } from '../timeline/format.ts';
import { costSoFar } from './cost-so-far.ts';

export function CostLine() {
  const result = useRun((s) => s.run?.result);
  const timeMs = usePlayback((s) => s.timeMs);
  const soFar = result ? formatUsd(costSoFar(result, timeMs)) : '—';
  const monthly = result?.cost ? formatUsd(result.cost.monthly.usd) : '—';
  return (
    <p className="flex min-w-0 flex-wrap items-baseline gap-x-1.5 text-xs" data-testid="cost-line">
      <span className="text-slate-600 dark:text-slate-400">Cost</span>
      <b className="font-mono tabular-nums" data-testid="cost-line-so-far">
        {soFar}
      </b>
      <span className="text-slate-600 dark:text-slate-400">so far ·</span>
      <b className="font-mono tabular-nums" data-testid="cost-line-monthly">
        {monthly}
      </b>
      <span className="text-slate-600 dark:text-slate-400">/ month at this traffic</span>
      <Link
        to="/learn/pricing"
        title="A model of published AWS us-east-1 prices, dated and sourced: how pricing works"
        className="text-[11px] font-medium text-blue-700 underline dark:text-blue-400"
      >
        model
      </Link>
    </p>
  );
}
