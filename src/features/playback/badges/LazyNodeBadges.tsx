/**
 * The node badges, loaded with the first run: before a run there is nothing to show in them, so
 * the Explorer's first load (and a returning visit) does not carry their code.
 */
import { lazy, Suspense } from 'react';
import { useRun } from '../run/run-store.ts';

const Badges = lazy(() => import('./NodeBadges.tsx').then((m) => ({ default: m.NodeBadges })));

export function NodeBadges(props: { nodeId: string; kind: string }) {
  const hasRun = useRun((s) => s.run !== null);
  if (!hasRun) return null;
  return (
    <Suspense fallback={null}>
      <Badges {...props} />
    </Suspense>
  );
}
