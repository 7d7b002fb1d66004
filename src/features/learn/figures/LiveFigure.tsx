import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { providedFigure } from '../../../ui/figure-slots.ts';

/** The figures a concept page can show, each loaded only when a page shows it. */
const FIGURES: Record<string, LazyExoticComponent<ComponentType<{ caption: string }>>> = {
  'init-by-runtime': lazy(() =>
    import('./InitByRuntimeFigure.tsx').then((m) => ({ default: m.InitByRuntimeFigure })),
  ),
};

/** A live figure by id; an unknown id shows its caption as a plain paragraph. */
export function LiveFigure({ id, caption }: { id: string; caption: string }) {
  const Figure = FIGURES[id] ?? providedFigure(id);
  if (!Figure) return <p className="my-4">{caption}</p>;
  return (
    <Suspense fallback={<p className="my-6 text-sm text-slate-500">Loading the figure…</p>}>
      <Figure caption={caption} />
    </Suspense>
  );
}
