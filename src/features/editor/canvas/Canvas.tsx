import { lazy, Suspense } from 'react';
import { useLiveCanvas } from './use-live-canvas.ts';
import { DiagramPicture } from './DiagramPicture.tsx';
import { EdgeLegend } from './EdgeLegend.tsx';

const FlowCanvas = lazy(() => import('./FlowCanvas.tsx'));

/**
 * The diagram on the Explorer. With `pictureFirst`, a picture of it paints first and the
 * interactive canvas mounts when the learner reaches for it or the page is idle
 * (use-live-canvas.ts); an embed, already opened by a tap, is interactive at once.
 */
export function Canvas({ pictureFirst = false }: { pictureFirst?: boolean }) {
  const [live, goLive] = useLiveCanvas(pictureFirst);
  const picture = (
    <div className="@container relative h-full w-full">
      <DiagramPicture onReach={goLive} />
      <EdgeLegend />
    </div>
  );
  if (!live) return picture;
  return (
    <Suspense fallback={picture}>
      <FlowCanvas />
    </Suspense>
  );
}
