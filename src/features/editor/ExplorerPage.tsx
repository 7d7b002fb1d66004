import { useEffect, type DragEvent } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Palette } from './palette/Palette.tsx';
import { Canvas } from './canvas/Canvas.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { Toolbar } from './toolbar/Toolbar.tsx';
import { HelpDialog } from './commands/HelpDialog.tsx';
import { ConnectDialog } from './commands/ConnectDialog.tsx';
import { ShareDialog } from './commands/ShareDialog.tsx';
import { useShortcuts } from './commands/use-shortcuts.ts';
import { importScenarioFile } from './persistence/import-export.ts';
import { useEditorUi } from './editor-ui-store.ts';
import { useSession } from './persistence/session-store.ts';
import { GalleryDialog } from '../gallery/GalleryDialog.tsx';
import { PlaybackPanel } from '../playback/panel/LazyPlaybackPanel.tsx';

/** A .json file dropped anywhere on the Explorer is imported (the canvas handles palette drops). */
function onWindowDrop(event: DragEvent) {
  const file = event.dataTransfer.files?.[0];
  if (!file) return;
  event.preventDefault();
  void importScenarioFile(file);
}

export function ExplorerPage() {
  useShortcuts();
  const galleryOpen = useEditorUi((s) => s.dialog === 'gallery');
  const firstVisit = useSession((s) => s.firstVisit);
  useEffect(() => {
    document.title = 'Explorer — Serverless Explorer';
  }, []);
  return (
    <ReactFlowProvider>
      <div
        className="grid h-full grid-cols-[13rem_minmax(0,1fr)_18rem] xl:grid-cols-[15rem_minmax(0,1fr)_21rem]"
        onDragOver={(e) => e.preventDefault()}
        onDrop={onWindowDrop}
      >
        <div className="min-h-0 border-r border-slate-200 dark:border-slate-800">
          <Palette />
        </div>
        <div className="flex min-h-0 flex-col">
          <Toolbar />
          <div className="min-h-0 flex-1">
            <Canvas />
          </div>
          <PlaybackPanel />
        </div>
        <div className="min-h-0 border-l border-slate-200 dark:border-slate-800">
          <Inspector />
        </div>
      </div>
      <HelpDialog />
      <ConnectDialog />
      <ShareDialog />
      <GalleryDialog
        open={galleryOpen}
        welcome={firstVisit}
        onClose={() => {
          useEditorUi.getState().openDialog(null);
          useSession.getState().set({ firstVisit: false });
        }}
      />
    </ReactFlowProvider>
  );
}
