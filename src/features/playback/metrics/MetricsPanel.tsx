/**
 * The Metrics tab: the numbers at the current time, following the published time (≤ 10×/s).
 * The Charts tab shows the same run over time.
 */
import { useMemo } from 'react';
import { usePlayback } from '../../../store/playback-store.ts';
import { useRun } from '../run/run-store.ts';
import { liveMetrics } from './live-metrics.ts';
import { MetricsView } from './MetricsView.tsx';

export function MetricsPanel() {
  const run = useRun((s) => s.run);
  const timeMs = usePlayback((s) => s.timeMs);
  const live = useMemo(() => (run ? liveMetrics(run, timeMs) : null), [run, timeMs]);
  if (!run || !live) {
    return (
      <p className="p-2 text-sm text-slate-600 dark:text-slate-400">
        Press Play: the simulation runs, then requests, latency, cold starts and cost appear here as
        the run plays.
      </p>
    );
  }
  return <MetricsView live={live} whole={run.result} />;
}
