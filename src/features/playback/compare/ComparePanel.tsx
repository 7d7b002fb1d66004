/** The Compare tab: pins the played run and compares the next runs with it. */
import { useMemo } from 'react';
import type { SimResult } from '../../../domain/sim/index.ts';
import { useRun } from '../run/run-store.ts';
import type { PlaybackRun } from '../timeline/playback-run.ts';
import { CompareView, type ComparedRun } from './CompareView.tsx';

/** The run's metrics without its trace: a pinned run should not hold megabytes of tokens. */
function metricsOf(run: PlaybackRun): Omit<SimResult, 'trace'> {
  const { trace: _trace, ...metrics } = run.result;
  return metrics;
}

export function ComparePanel() {
  const run = useRun((s) => s.run);
  const pinned = useRun((s) => s.pinned);
  const current = useMemo<ComparedRun | null>(
    () =>
      run && {
        label: `${run.scenario.name}, seed ${run.result.seed}`,
        scenario: run.scenario,
        result: metricsOf(run),
      },
    [run],
  );
  return (
    <CompareView
      pinned={pinned}
      current={current}
      onPin={() => current && useRun.getState().pin(current)}
      onUnpin={() => useRun.getState().pin(null)}
    />
  );
}
