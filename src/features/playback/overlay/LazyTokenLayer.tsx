/** The token overlay, loaded after the canvas (mount it as a child of <ReactFlow>). */
import { lazy, Suspense } from 'react';

const Layer = lazy(() => import('./TokenLayer.tsx').then((m) => ({ default: m.TokenLayer })));

export function TokenLayer() {
  return (
    <Suspense fallback={null}>
      <Layer />
    </Suspense>
  );
}
