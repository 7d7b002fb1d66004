import { useEffect } from 'react';
import { usePresenter } from './presenter-store.ts';

/**
 * A presentation clicker sends Page Down / Page Up (some send the arrows) and B to blank the
 * screen; Esc leaves. Listened to before the canvas (capture) so an arrow never moves a node.
 */
export function usePresenterKeys(steps: number, leave: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const { step, blank, set } = usePresenter.getState();
      const go = (to: number) => set({ step: Math.min(steps - 1, Math.max(0, to)), blank: false });
      if (event.key === 'PageDown' || event.key === 'ArrowRight') go(step + 1);
      else if (event.key === 'PageUp' || event.key === 'ArrowLeft') go(step - 1);
      else if (event.key === 'b' || event.key === 'B') set({ blank: !blank });
      else if (event.key === 'Escape') leave();
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [steps, leave]);
}
