import { Canvas } from './Canvas.tsx';
import { useExplorerSlot } from '../../../ui/explorer-slots.tsx';

/**
 * The canvas and what the app puts under it (the playback panel). The canvas paints first as a
 * picture; React Flow (a third of the JavaScript) loads when it goes live (Canvas.tsx).
 */
export function CanvasArea() {
  const PlaybackPanel = useExplorerSlot('BelowCanvas');
  return (
    <>
      <div className="min-h-0 flex-1">
        <Canvas pictureFirst />
      </div>
      <PlaybackPanel />
    </>
  );
}
