/**
 * The Charts tab: concurrency, latency and cost over the run, with a line at the current
 * time. uPlot comes in its own chunk, loaded when the tab is first opened.
 */
import { lazy, Suspense } from 'react';
import { usePlayback } from '../../../store/playback-store.ts';
import { useRun } from '../run/run-store.ts';

const Charts = lazy(() => import('./Charts.tsx'));

export function ChartsPanel() {
  const run = useRun((s) => s.run);
  const timeMs = usePlayback((s) => s.timeMs);
  if (!run) {
    return (
      <p className="p-2 text-sm text-slate-600 dark:text-slate-400">
        Press Play: concurrency, latency and cost over the run are charted here.
      </p>
    );
  }
  return (
    <Suspense fallback={<p className="text-xs text-slate-500">Loading charts…</p>}>
      <Charts run={run} timeMs={timeMs} />
    </Suspense>
  );
}
