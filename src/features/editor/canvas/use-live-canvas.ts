import { startTransition, useCallback, useEffect, useState } from 'react';
import { afterPaint } from '../../../ui/after-paint.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { usePlayback } from '../../../store/playback-store.ts';
import { useSelection } from '../../../store/selection-store.ts';
import { usePresenter } from '../presenter/presenter-store.ts';
import { useEditorUi } from '../../../store/editor-ui-store.ts';

// Once interactive, the canvas stays so for the rest of the visit (back from a concept page too).
let wentLive = false;

/**
 * Whether the Explorer shows its interactive canvas yet. It starts as a picture (DiagramPicture)
 * and goes live when the learner reaches for the diagram (`goLive`), when something needs the
 * canvas (a run starts, a node is selected, presenter mode) or, otherwise, once the page has
 * painted, no dialog covers it and the main thread is idle. React Flow then mounts in a transition: the picture
 * stays until the canvas is ready to replace it.
 */
export function useLiveCanvas(pictureFirst: boolean): [boolean, () => void] {
  const empty = useDiagram((s) => s.scenario.nodes.length === 0);
  const [live, setLive] = useState(() => wentLive || !pictureFirst || empty);
  const goLive = useCallback(() => {
    wentLive = true;
    startTransition(() => setLive(true));
  }, []);
  useEffect(() => {
    if (live) return;
    // Behind a modal dialog (the first visit's welcome gallery) nothing on the canvas can be
    // reached: the idle start waits for the dialog to close.
    let idle = 0;
    let painted = false;
    const whenIdle = () => {
      if (!painted || idle || useEditorUi.getState().dialog !== null) return;
      idle = requestIdleCallback(goLive, { timeout: 1000 });
    };
    const cancelPaint = afterPaint(() => {
      painted = true;
      whenIdle();
    });
    const unsubscribe = [
      useEditorUi.subscribe(whenIdle),
      usePlayback.subscribe((s) => (s.status !== 'empty' || s.playing) && goLive()),
      useSelection.subscribe((s) => s.nodeIds.length + s.edgeIds.length > 0 && goLive()),
      usePresenter.subscribe((s) => s.on && goLive()),
      useDiagram.subscribe((s) => s.scenario.nodes.length === 0 && goLive()),
    ];
    return () => {
      cancelPaint();
      cancelIdleCallback(idle);
      unsubscribe.forEach((u) => u());
    };
  }, [live, goLive]);
  return [live, goLive];
}
