/**
 * The tabs of the playback panel: Metrics, Charts, Cost, Compare, Log. Each tab's body is a chunk
 * of its own, fetched when the tab is shown: a visit that never opens Cost never downloads the
 * price tables.
 */
import { lazy, Suspense, useId, useState, type KeyboardEvent } from 'react';
import { useRun } from '../run/run-store.ts';

const HappeningLog = lazy(() =>
  import('../caption/HappeningLog.tsx').then((m) => ({ default: m.HappeningLog })),
);
const ComparePanel = lazy(() =>
  import('../compare/ComparePanel.tsx').then((m) => ({ default: m.ComparePanel })),
);
const CostPanel = lazy(() =>
  import('../cost/CostPanel.tsx').then((m) => ({ default: m.CostPanel })),
);
const ChartsPanel = lazy(() =>
  import('../metrics/ChartsPanel.tsx').then((m) => ({ default: m.ChartsPanel })),
);
const MetricsPanel = lazy(() =>
  import('../metrics/MetricsPanel.tsx').then((m) => ({ default: m.MetricsPanel })),
);

const TABS = [
  { id: 'metrics', label: 'Metrics', Body: MetricsPanel },
  { id: 'charts', label: 'Charts', Body: ChartsPanel },
  { id: 'cost', label: 'Cost', Body: CostPanel },
  { id: 'compare', label: 'Compare', Body: ComparePanel },
  { id: 'log', label: 'Log', Body: HappeningLog },
] as const;
export type TabId = (typeof TABS)[number]['id'];

/** Before the first run the metrics have nothing to show: their code waits for the run. */
function NoRunYet() {
  return (
    <p className="p-2 text-sm text-slate-600 dark:text-slate-400">
      Press Play: the simulation runs, then requests, latency, cold starts and cost appear here as
      the run plays.
    </p>
  );
}

export default function PanelTabs({ initial }: { initial: TabId }) {
  const [active, setActive] = useState<TabId>(initial);
  const hasRun = useRun((s) => s.run !== null);
  const base = useId();
  const index = TABS.findIndex((t) => t.id === active);
  const current = TABS[index] ?? TABS[0];
  // Arrow keys move between tabs (the WAI-ARIA tabs pattern).
  const onKey = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = TABS[(index + step + TABS.length) % TABS.length] ?? TABS[0];
    setActive(next.id);
    document.getElementById(`${base}-${next.id}-tab`)?.focus();
  };
  return (
    <div className="flex h-full min-h-0 flex-col">
      <div
        role="tablist"
        aria-label="Run details"
        className="flex gap-1 border-b border-slate-200 px-2 dark:border-slate-800"
        onKeyDown={onKey}
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`${base}-${t.id}-tab`}
            type="button"
            role="tab"
            aria-selected={t.id === active}
            aria-controls={`${base}-${t.id}-panel`}
            tabIndex={t.id === active ? 0 : -1}
            onClick={() => setActive(t.id)}
            className={`-mb-px border-b-2 px-2 py-1 text-xs font-semibold ${
              t.id === active
                ? 'border-blue-700 text-blue-800 dark:border-blue-400 dark:text-blue-300'
                : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100'
            }`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${base}-${current.id}-panel`}
        aria-labelledby={`${base}-${current.id}-tab`}
        tabIndex={0}
        className="min-h-0 flex-1 overflow-y-auto p-2"
      >
        <Suspense fallback={<p className="text-xs text-slate-600 dark:text-slate-400">Loading…</p>}>
          {current.id === 'metrics' && !hasRun ? <NoRunYet /> : <current.Body />}
        </Suspense>
      </div>
    </div>
  );
}
