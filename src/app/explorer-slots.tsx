/**
 * What the app puts in the Explorer's slots (src/ui/explorer-slots.tsx): playback's token layer,
 * panel and node badges, its experiments, and the example gallery. Parts a first screen does
 * not show (the experiments of a selected source, a closed gallery) load when first shown.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import type { ExplorerSlots } from '../ui/explorer-slots.tsx';
import { PlaybackPanel } from '../features/playback/panel/LazyPlaybackPanel.tsx';
import { NodeBadges } from '../features/playback/badges/LazyNodeBadges.tsx';

// Drawn inside the interactive canvas, so it loads with it (React Flow's Panel).
const TokenLayer = lazy(() =>
  import('../features/playback/overlay/LazyTokenLayer.tsx').then((m) => ({
    default: m.TokenLayer,
  })),
);
const Overlay = () => (
  <Suspense fallback={null}>
    <TokenLayer />
  </Suspense>
);
const Experiments = lazy(() =>
  import('../features/playback/experiments/ExperimentButtons.tsx').then((m) => ({
    default: m.ExperimentButtons,
  })),
);
const loadGallery = () => import('../features/gallery/GalleryDialog.tsx');
const Gallery = lazy(() => loadGallery().then((m) => ({ default: m.GalleryDialog })));
let LoadedGallery: ExplorerSlots['Gallery'] | null = null;

/**
 * Loads the gallery before the Explorer first renders when it opens with it (a first visit's
 * welcome): the dialog then comes with the page, not a moment after it under the learner's
 * first click.
 */
export async function preloadGallery() {
  LoadedGallery = (await loadGallery()).GalleryDialog;
}

type GalleryProps = ComponentProps<ExplorerSlots['Gallery']>;

/** The slots of the full Explorer (the app's Explorer route, a lesson around it). */
export const EXPLORER_SLOTS: ExplorerSlots = {
  CanvasOverlay: Overlay,
  BelowCanvas: PlaybackPanel,
  NodeExtras: NodeBadges,
  SourceExtras: ({ sourceId }) => (
    <Suspense fallback={null}>
      <Experiments sourceId={sourceId} />
    </Suspense>
  ),
  Gallery: (props: GalleryProps) =>
    !props.open ? null : LoadedGallery ? (
      <LoadedGallery {...props} />
    ) : (
      <Suspense fallback={null}>
        <Gallery {...props} />
      </Suspense>
    ),
};

/** The slots of an embed: the canvas's tokens and badges (its panel is the embed's own). */
export const EMBED_SLOTS: Partial<ExplorerSlots> = {
  CanvasOverlay: Overlay,
  NodeExtras: NodeBadges,
};
