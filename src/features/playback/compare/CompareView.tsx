/**
 * Compare runs: pin one, change something, run again on the same seed, and see both side by
 * side with the differences. Presentational — the Compare tab feeds it the two runs.
 */
import type { Scenario } from '../../../domain/diagram/index.ts';
import type { SimResult } from '../../../domain/sim/index.ts';
import { Button } from '../../../ui/Button.tsx';
import { diffRows, diffSummary } from './diff.ts';
import { scenarioChanges } from './scenario-diff.ts';

type Metrics = Omit<SimResult, 'trace'>;
export interface ComparedRun {
  label: string;
  scenario: Scenario;
  result: Metrics;
}

const TONE = {
  true: 'text-emerald-700 dark:text-emerald-400',
  false: 'text-red-700 dark:text-red-400',
  null: '',
};

export function CompareView({
  pinned,
  current,
  onPin,
  onUnpin,
}: {
  pinned: ComparedRun | null;
  current: ComparedRun | null;
  onPin: () => void;
  onUnpin: () => void;
}) {
  if (!pinned) {
    return (
      <div className="flex flex-col items-start gap-2 text-xs">
        <p>
          Pin this run, then change something — add provisioned concurrency, raise the memory, put a
          queue in front — and press Play again: both runs appear side by side, on the same seed.
        </p>
        <Button onClick={onPin} disabled={!current}>
          Pin this run
        </Button>
      </div>
    );
  }
  const changes = current ? scenarioChanges(pinned.scenario, current.scenario) : [];
  const sameRun = current !== null && changes.length === 0;
  const seedDiffers = current !== null && pinned.result.seed !== current.result.seed;
  return (
    <div className="flex flex-col gap-1.5 text-xs" data-testid="compare">
      <div className="flex flex-wrap items-center gap-2">
        <p className="min-w-0 flex-1">
          <b>A</b> = pinned ({pinned.label}) · <b>B</b> ={' '}
          {current
            ? changes.length > 0
              ? changes.join('; ')
              : 'the same scenario'
            : 'press Play to make run B'}
        </p>
        <Button onClick={onPin} disabled={!current || sameRun}>
          Pin B instead
        </Button>
        <Button variant="ghost" onClick={onUnpin}>
          Unpin
        </Button>
      </div>
      {current && (
        <p className="text-sm font-semibold" data-testid="compare-summary">
          {sameRun
            ? 'Same scenario, same seed: the same numbers. Change something to compare.'
            : `B vs A: ${diffSummary(pinned.result, current.result)}`}
        </p>
      )}
      {seedDiffers && (
        <p className="text-amber-800 dark:text-amber-300">
          The runs used different seeds: part of the difference is chance.
        </p>
      )}
      {current && (
        <table className="w-full max-w-2xl border-collapse">
          <thead className="border-b border-slate-200 text-left dark:border-slate-700">
            <tr>
              <th scope="col" className="px-1.5 py-0.5">
                Metric (whole run)
              </th>
              <th scope="col" className="px-1.5 py-0.5 text-right">
                A (pinned)
              </th>
              <th scope="col" className="px-1.5 py-0.5 text-right">
                B (current)
              </th>
              <th scope="col" className="px-1.5 py-0.5 text-right">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {diffRows(pinned.result, current.result).map((r) => (
              <tr key={r.label} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-1.5 py-0.5 text-left font-medium">
                  {r.label}
                </th>
                <td className="px-1.5 py-0.5 text-right font-mono tabular-nums">{r.a}</td>
                <td className="px-1.5 py-0.5 text-right font-mono tabular-nums">{r.b}</td>
                <td
                  className={`px-1.5 py-0.5 text-right font-mono tabular-nums ${TONE[String(r.better) as keyof typeof TONE]}`}
                >
                  {r.change || '='}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
