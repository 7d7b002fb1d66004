import { useEffect, useState } from 'react';
import { afterPaint } from './after-paint.ts';

/**
 * 0 on the first render; once that render has been painted, counts up to `stages`, one step
 * per task. A screen draws what matters first and adds its extras (a grid, a minimap) one per
 * step: each mount is then a short task of its own, not one long task that freezes a slow phone.
 */
export function useStagedMount(stages: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= stages) return;
    // The first step waits for a paint; the later ones only for the previous step's task to end.
    if (stage === 0) return afterPaint(() => setStage(1));
    const timer = window.setTimeout(() => setStage(stage + 1));
    return () => clearTimeout(timer);
  }, [stage, stages]);
  return stage;
}
