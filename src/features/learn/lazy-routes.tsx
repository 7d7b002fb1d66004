/**
 * Learn's route elements for src/app/App.tsx, each loaded on first visit: the markdown renderer,
 * the concept metadata and the glossary stay out of the Explorer's first load.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { RouteLoading } from './RouteLoading.tsx';

/** A route element that loads its screen on first render, with a loading message meanwhile. */
export function lazyRoute(load: () => Promise<ComponentType>, loadingText?: string) {
  const Component = lazy(() => load().then((component) => ({ default: component })));
  return function LazyRoute() {
    return (
      <Suspense fallback={<RouteLoading what={loadingText} />}>
        <Component />
      </Suspense>
    );
  };
}

export const LearnIndexRoute = lazyRoute(() =>
  import('./LearnIndexPage.tsx').then((m) => m.LearnIndexPage),
);
export const LearnConceptRoute = lazyRoute(() =>
  import('./ConceptRoute.tsx').then((m) => m.ConceptRoute),
);
export const GlossaryRoute = lazyRoute(() =>
  import('./GlossaryPage.tsx').then((m) => m.GlossaryPage),
);
