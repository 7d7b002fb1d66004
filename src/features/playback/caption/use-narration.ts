/** The played run's narration context, with the node labels as they are now. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDiagram } from '../../../store/diagram-store.ts';
import type { NarrationContext } from '../timeline/narration.ts';
import type { PlaybackRun } from '../timeline/playback-run.ts';
import { withLabels } from './narrate.ts';

export function useNarrationContext(run: PlaybackRun | null): NarrationContext | null {
  const labels = useDiagram(
    useShallow((s) => s.scenario.nodes.map((n) => `${n.id}\u0000${n.label}`)),
  );
  return useMemo(() => {
    if (!run) return null;
    const map = new Map(labels.map((pair) => pair.split('\u0000') as [string, string]));
    return withLabels(run, map);
  }, [run, labels]);
}
