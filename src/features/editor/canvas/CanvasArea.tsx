import { ReactFlowProvider } from '@xyflow/react';
// Loaded with this chunk: the first paint does not wait for React Flow's 16 KB of CSS.
import '@xyflow/react/dist/style.css';
import { Canvas } from './Canvas.tsx';
// eslint-disable-next-line layering/features-apart -- left for a follow-up: the app should hand the Explorer playback's layers (slots); see the issue 11b report.
import { PlaybackPanel } from '../../playback/panel/LazyPlaybackPanel.tsx';

/**
 * The canvas and the playback panel under it, sharing one React Flow instance. Loaded after
 * the rest of the Explorer so React Flow (a third of the JavaScript) is not on the first paint's
 * critical path.
 */
export default function CanvasArea() {
  return (
    <ReactFlowProvider>
      <div className="min-h-0 flex-1">
        <Canvas />
      </div>
      <PlaybackPanel />
    </ReactFlowProvider>
  );
}
