/** One line of cost for small spaces (an embed): so far in this run, and a month at this traffic. */
import { usePlayback } from '../../../store/playback-store.ts';
import { useRun } from '../run/run-store.ts';
import { formatUsd } from '../timeline/format.ts';
import { costSoFar } from './cost-model.ts';

export function CostSoFarLine() {
  const result = useRun((s) => s.run?.result);
  const timeMs = usePlayback((s) => s.timeMs);
  return (
    <p className="text-xs text-slate-700 dark:text-slate-300" data-testid="cost-line">
      Cost so far{' '}
      <b className="font-mono tabular-nums">
        {result ? formatUsd(costSoFar(result, timeMs)) : '—'}
      </b>
      <span className="text-slate-500"> · </span>a month at this traffic{' '}
      <b className="font-mono tabular-nums">
        {result?.cost ? formatUsd(result.cost.monthly.usd) : '—'}
      </b>
    </p>
  );
}
