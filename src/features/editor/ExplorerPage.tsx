import { lazy, Suspense, useEffect, type DragEvent } from 'react';
import { Palette } from './palette/Palette.tsx';
import { CanvasArea } from './canvas/CanvasArea.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { Toolbar } from './toolbar/Toolbar.tsx';
import { HelpDialog } from './commands/HelpDialog.tsx';
import { ConnectDialog } from './commands/ConnectDialog.tsx';
import { useShortcuts } from './commands/use-shortcuts.ts';
import { useEditorUi } from '../../store/editor-ui-store.ts';
import { useSession } from '../../store/session-store.ts';
import { looksLikeTemplate } from './persistence/looks-like-template.ts';
import { useExplorerSlot } from '../../ui/explorer-slots.tsx';
import { useOwnership } from '../../store/ownership-store.ts';
import { usePresenter } from './presenter/presenter-store.ts';

/**
 * Presenter mode: the canvas column covers the screen, and text a room must read grows
 * (node labels wrap instead of being cut; the caption is large).
 */
const PRESENTING =
  'fixed inset-0 z-40 h-auto bg-white dark:bg-slate-950 [&_[data-node-label]]:text-2xl [&_[data-node-label]]:whitespace-normal [&_[data-node-label]]:break-words [&_[data-testid=caption]]:text-2xl';
import { PanelBoundary } from '../../ui/PanelBoundary.tsx';

// Loaded when first shown: the link codec and embed code come with the Share dialog, the
// view-only actions with a shared link.
// Presenter mode's bar (and the gallery's watch points it reads) come with presenter mode.
const PresenterBar = lazy(() =>
  import('./presenter/PresenterBar.tsx').then((m) => ({ default: m.PresenterBar })),
);
const ShareDialog = lazy(() =>
  import('./commands/ShareDialog.tsx').then((m) => ({ default: m.ShareDialog })),
);
const ViewOnlyBanner = lazy(() =>
  import('./persistence/ViewOnlyBanner.tsx').then((m) => ({ default: m.ViewOnlyBanner })),
);

/** A scenario or template file dropped anywhere on the Explorer is imported (the canvas handles palette drops). */
function onWindowDrop(event: DragEvent) {
  const file = event.dataTransfer.files?.[0];
  if (!file) return;
  event.preventDefault();
  void import('./persistence/import-export.ts').then((m) => m.importScenarioFile(file));
}

/** A template pasted anywhere but in a text field is imported. */
function onTemplatePaste(event: ClipboardEvent) {
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (!looksLikeTemplate(text)) return;
  event.preventDefault();
  void import('./persistence/template-files.ts').then((m) =>
    m.importTemplateText(text, 'pasted template'),
  );
}

export function ExplorerPage() {
  useShortcuts();
  const galleryOpen = useEditorUi((s) => s.dialog === 'gallery');
  const firstVisit = useSession((s) => s.firstVisit);
  const presenting = usePresenter((s) => s.on);
  const shareOpen = useEditorUi((s) => s.dialog === 'share');
  const shared = useOwnership((s) => s.ownership !== 'own');
  const GalleryDialog = useExplorerSlot('Gallery');
  useEffect(() => {
    document.title = 'Explorer — Serverless Explorer';
  }, []);
  useEffect(() => {
    document.addEventListener('paste', onTemplatePaste);
    return () => document.removeEventListener('paste', onTemplatePaste);
  }, []);
  return (
    <>
      {/* Three columns from tablet width up; on a phone the canvas comes first, full width, and
          the inspector and palette follow below it. */}
      <div
        className="flex h-full flex-col overflow-y-auto md:grid md:grid-cols-[13rem_minmax(0,1fr)_18rem] md:overflow-visible xl:grid-cols-[15rem_minmax(0,1fr)_21rem]"
        onDragOver={(e) => e.preventDefault()}
        onDrop={onWindowDrop}
      >
        <div className="order-2 border-t border-slate-200 md:order-none md:min-h-0 md:border-t-0 md:border-r dark:border-slate-800">
          <PanelBoundary name="palette">
            <Palette />
          </PanelBoundary>
        </div>
        <div
          className={`order-1 flex h-[85vh] shrink-0 flex-col md:order-none md:h-auto md:min-h-0 ${presenting ? PRESENTING : ''}`}
        >
          {presenting ? (
            <Suspense fallback={null}>
              <PresenterBar />
            </Suspense>
          ) : (
            <>
              {shared && (
                <Suspense fallback={null}>
                  <ViewOnlyBanner />
                </Suspense>
              )}
              <Toolbar />
            </>
          )}
          <PanelBoundary name="canvas">
            <CanvasArea />
          </PanelBoundary>
        </div>
        <div className="order-3 border-t border-slate-200 md:order-none md:min-h-0 md:border-t-0 md:border-l dark:border-slate-800">
          <PanelBoundary name="inspector">
            <Inspector />
          </PanelBoundary>
        </div>
      </div>
      <HelpDialog />
      <ConnectDialog />
      {shareOpen && (
        <Suspense fallback={null}>
          <ShareDialog />
        </Suspense>
      )}
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
