/**
 * The token overlay and its legend (mount it as a child of <ReactFlow>). The legend is always on
 * screen; the drawing code is fetched with the first run, as there is nothing to draw before.
 */
import { lazy, Suspense, useState } from 'react';
import { Panel } from '@xyflow/react';
import { useRun } from '../run/run-store.ts';
import { TokenLegend } from './TokenLegend.tsx';

const Layer = lazy(() => import('./TokenLayer.tsx').then((m) => ({ default: m.TokenLayer })));

export function TokenLayer() {
  const hasRun = useRun((s) => s.run !== null);
  // Once there was a run the layer stays mounted: its canvas follows later runs by itself.
  const [load, setLoad] = useState(hasRun);
  if (hasRun && !load) setLoad(true);
  return (
    <>
      {load && (
        <Suspense fallback={null}>
          <Layer />
        </Suspense>
      )}
      {/* Between the controls (bottom left) and the minimap (bottom right), never over them:
          a canvas too narrow for that (a phone) lifts the legend above the minimap. */}
      <Panel
        position="bottom-center"
        className="!mb-2 w-max max-w-[calc(100%-25rem)] @max-2xl:!mb-[8.25rem] @max-2xl:max-w-[calc(100%-1rem)]"
      >
        <TokenLegend />
      </Panel>
    </>
  );
}
