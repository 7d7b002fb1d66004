import { ReactFlowProvider } from '@xyflow/react';
// Loaded with this chunk: the first paint does not wait for React Flow's 16 KB of CSS.
import '@xyflow/react/dist/style.css';
import { Canvas } from './Canvas.tsx';
import { useExplorerSlot } from '../../../ui/explorer-slots.tsx';

/**
 * The canvas and what the app puts under it (the playback panel), sharing one React Flow instance. Loaded after
 * the rest of the Explorer so React Flow (a third of the JavaScript) is not on the first paint's
 * critical path.
 */
export default function CanvasArea() {
  const PlaybackPanel = useExplorerSlot('BelowCanvas');
  return (
    <ReactFlowProvider>
      <div className="min-h-0 flex-1">
        <Canvas />
      </div>
      <PlaybackPanel />
    </ReactFlowProvider>
  );
}
