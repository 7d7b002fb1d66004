/**
 * The playback for small frames (an embed in an article): the transport, the caption, and
 * only the panels asked for — the transport's one-line cost, the metrics. Same machinery as the Explorer's
 * panel (PlaybackPanel.tsx); no tabs, no comparison, no log.
 */
import { lazy, Suspense, useRef, type ReactNode } from 'react';
import { Caption } from '../caption/Caption.tsx';
import { TransportBar } from '../transport/TransportBar.tsx';
import { usePlaybackMachinery, useRefitOnResize } from './PlaybackPanel.tsx';

const MetricsPanel = lazy(() =>
  import('../metrics/MetricsPanel.tsx').then((m) => ({ default: m.MetricsPanel })),
);

export interface CompactPanels {
  cost: boolean;
  metrics: boolean;
}

/** `children` go at the end of the transport bar (the embed's "Open in…" link). */
export function CompactPlaybackPanel({
  panels,
  children,
}: {
  panels: CompactPanels;
  children?: ReactNode;
}) {
  usePlaybackMachinery();
  const panel = useRef<HTMLElement>(null);
  useRefitOnResize(panel);
  return (
    <section
      ref={panel}
      aria-label="Playback"
      className="@container flex min-h-0 flex-col border-t border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950"
    >
      <TransportBar cost={panels.cost}>{children}</TransportBar>
      <div className="border-t border-slate-100 px-2 py-1 dark:border-slate-900">
        <Caption />
      </div>
      {panels.metrics && (
        <div className="max-h-40 overflow-auto border-t border-slate-200 dark:border-slate-800">
          <Suspense fallback={<p className="p-2 text-xs text-slate-500">Loading…</p>}>
            <MetricsPanel />
          </Suspense>
        </div>
      )}
    </section>
  );
}
