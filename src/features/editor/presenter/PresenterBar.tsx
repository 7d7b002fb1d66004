import { useEffect } from 'react';
import { useDiagram } from '../../../store/diagram-store.ts';
import { usePlayback } from '../../../store/playback-store.ts';
import { Button } from '../../../ui/Button.tsx';
import { usePresenter } from './presenter-store.ts';
import { fitForPresenting, leavePresenter } from './presenter-actions.ts';
import { usePresenterKeys } from './use-presenter-keys.ts';
import { watchPoints } from './watch-points.ts';

/**
 * The top of the screen in presenter mode: the scenario's name and its "what to watch" points
 * as steps, in type a room can read; a blank screen on B.
 */
export function PresenterBar() {
  const scenario = useDiagram((s) => s.scenario);
  const step = usePresenter((s) => s.step);
  const blank = usePresenter((s) => s.blank);
  const points = watchPoints(scenario);
  usePresenterKeys(points.length, leavePresenter);
  useEffect(() => {
    // Leaving the browser's full screen (its own Esc) leaves presenter mode too.
    const onChange = () => {
      if (!document.fullscreenElement) leavePresenter();
    };
    document.addEventListener('fullscreenchange', onChange);
    window.addEventListener('resize', fitForPresenting);
    // A new run gives the nodes their badges (taller nodes): fit again, large.
    const unsubscribe = usePlayback.subscribe((s, prev) => {
      if (s.runSeq !== prev.runSeq) fitForPresenting();
    });
    return () => {
      unsubscribe();
      document.removeEventListener('fullscreenchange', onChange);
      window.removeEventListener('resize', fitForPresenting);
    };
  }, []);
  const go = (to: number) => usePresenter.getState().set({ step: to, blank: false });
  return (
    <>
      <div
        role="region"
        aria-label="Presenter"
        className="flex items-start gap-4 border-b border-slate-200 px-4 py-2 dark:border-slate-800"
      >
        <div className="min-w-0 flex-1">
          <p className="text-lg font-semibold">{scenario.name}</p>
          <p className="text-2xl leading-snug" aria-live="polite" data-testid="watch-point">
            <span className="mr-2 text-base font-medium text-slate-600 dark:text-slate-400">
              What to watch {step + 1} / {points.length}
            </span>
            {points[step]}
          </p>
        </div>
        <div className="flex shrink-0 gap-1">
          <Button onClick={() => go(Math.max(0, step - 1))} disabled={step === 0}>
            Previous
          </Button>
          <Button
            onClick={() => go(Math.min(points.length - 1, step + 1))}
            disabled={step === points.length - 1}
          >
            Next
          </Button>
          <Button variant="ghost" onClick={leavePresenter} title="Leave presenter mode (Esc)">
            Leave presenter mode
          </Button>
        </div>
      </div>
      {blank && (
        <button
          type="button"
          aria-label="Blank screen: press B or click to show the diagram again"
          className="fixed inset-0 z-50 cursor-default bg-black"
          onClick={() => usePresenter.getState().set({ blank: false })}
        />
      )}
    </>
  );
}
