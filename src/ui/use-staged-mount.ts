import { useEffect, useState } from 'react';

/**
 * 0 on the first render; once that render has been painted, counts up to `stages`, one step
 * per task. A screen draws what matters first and adds its extras (a grid, a minimap) one per
 * step: each mount is then a short task of its own, not one long task that freezes a slow phone.
 */
export function useStagedMount(stages: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= stages) return;
    let timer = 0;
    // The first step waits for a paint; the later ones only for the previous step's task to end.
    const frame =
      stage === 0
        ? requestAnimationFrame(() => {
            timer = window.setTimeout(() => setStage(1));
          })
        : 0;
    if (stage > 0) timer = window.setTimeout(() => setStage(stage + 1));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [stage, stages]);
  return stage;
}
