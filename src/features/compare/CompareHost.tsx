/**
 * Mounts the experiment when a function asks for it. The dialog, the engine client and uPlot
 * load only then, so the first load of the editor does not grow.
 */
import { lazy, Suspense } from 'react';
import { useCompare } from '../../store/compare-store.ts';

const CompareDialog = lazy(() => import('./CompareDialog.tsx'));

export function CompareHost() {
  const functionId = useCompare((s) => s.functionId);
  if (!functionId) return null;
  return (
    <Suspense fallback={null}>
      <CompareDialog functionId={functionId} onClose={() => useCompare.getState().close()} />
    </Suspense>
  );
}
