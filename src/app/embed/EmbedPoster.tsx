import { useEffect, useMemo } from 'react';
import type { Scenario } from '../../domain/diagram/index.ts';
import { diagramSvg } from '../../features/editor/export-image/diagram-svg.ts';
import { OpenInExplorerLink } from '../../features/embed/OpenInExplorerLink.tsx';
import { Button } from '../../ui/Button.tsx';

/**
 * What an embed shows before the reader acts: a picture of the diagram (drawn from the
 * document, text set with textContent), Play, and the way out. The interactive canvas
 * (React Flow) and the simulation load on the first tap, so an embed far down an article
 * costs its reader little (the first load budget is 150 KB of JavaScript).
 */
export function EmbedPoster({
  scenario,
  onPlay,
  onOpen,
  busy,
}: {
  scenario: Scenario;
  onPlay: () => void;
  onOpen: () => void;
  busy: boolean;
}) {
  const dark = document.documentElement.classList.contains('dark');
  const url = useMemo(() => {
    const { svg } = diagramSvg(scenario, dark);
    return URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  }, [scenario, dark]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <main className="flex min-h-0 flex-1 flex-col">
      <button
        type="button"
        onClick={onOpen}
        disabled={busy}
        className="relative min-h-0 flex-1 cursor-zoom-in p-2"
        aria-label="Open the interactive diagram (zoom, pan, inspect)"
      >
        <img
          src={url}
          alt={`Diagram: ${scenario.nodes.map((n) => n.label).join(', ')}`}
          className="h-full w-full object-contain"
        />
      </button>
      <section
        aria-label="Playback"
        className="border-t border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950"
      >
        <div className="flex flex-wrap items-center gap-1.5 px-2 py-1.5">
          <Button
            variant="primary"
            onClick={onPlay}
            disabled={busy}
            className="w-20 justify-center"
          >
            <span aria-hidden="true">▶</span>Play
          </Button>
          <OpenInExplorerLink />
        </div>
        <p className="border-t border-slate-100 px-2 py-1 text-sm font-medium dark:border-slate-900">
          {busy
            ? 'Loading the simulation…'
            : 'Press Play to run the simulation and watch the requests move.'}
        </p>
      </section>
    </main>
  );
}
