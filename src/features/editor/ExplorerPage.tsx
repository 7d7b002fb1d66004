import { lazy, Suspense, useEffect, type DragEvent } from 'react';
import { Palette } from './palette/Palette.tsx';
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
import { PanelBoundary } from '../../ui/PanelBoundary.tsx';

const CanvasArea = lazy(() => import('./canvas/CanvasArea.tsx'));

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
    <>
      <div
        className="grid h-full grid-cols-[13rem_minmax(0,1fr)_18rem] xl:grid-cols-[15rem_minmax(0,1fr)_21rem]"
        onDragOver={(e) => e.preventDefault()}
        onDrop={onWindowDrop}
      >
        <div className="min-h-0 border-r border-slate-200 dark:border-slate-800">
          <PanelBoundary name="palette">
            <Palette />
          </PanelBoundary>
        </div>
        <div className="flex min-h-0 flex-col">
          <Toolbar />
          <PanelBoundary name="canvas">
            <Suspense
              fallback={
                <p className="m-auto text-sm text-slate-600 dark:text-slate-400">
                  Loading the canvas…
                </p>
              }
            >
              <CanvasArea />
            </Suspense>
          </PanelBoundary>
        </div>
        <div className="min-h-0 border-l border-slate-200 dark:border-slate-800">
          <PanelBoundary name="inspector">
            <Inspector />
          </PanelBoundary>
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
    </>
  );
}
