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
