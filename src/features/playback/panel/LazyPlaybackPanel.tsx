/**
 * The playback panel, loaded after the Explorer's first paint: it is not needed to draw the
 * diagram, and keeping it out of the first load keeps the Explorer quick to open.
 */
import { lazy, Suspense } from 'react';

// Before its first render: a details panel that opens and closes at once would still fetch its tabs.
const Panel = lazy(() =>
  import('./PlaybackPanel.tsx').then((m) => {
    m.closeDetailsOnShortScreens();
    return { default: m.PlaybackPanel };
  }),
);

export function PlaybackPanel() {
  return (
    <Suspense fallback={<div className="h-24 border-t border-slate-200 dark:border-slate-800" />}>
      <Panel />
    </Suspense>
  );
}
