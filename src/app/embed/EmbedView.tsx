import { useEffect } from 'react';
import type { LinkOptions } from '../../domain/embed/link-options.ts';
import FlowCanvas from '../../features/editor/canvas/FlowCanvas.tsx';
import { CompactPlaybackPanel } from '../../features/playback/panel/CompactPlaybackPanel.tsx';
import { OpenInExplorerLink } from '../../features/embed/OpenInExplorerLink.tsx';
import * as player from './embed-player.ts';
import { viewMounted } from './embed-activation.ts';
import { ExplorerSlotsProvider } from '../../ui/explorer-slots.tsx';
import { EMBED_SLOTS } from '../explorer-slots.tsx';

/** The interactive diagram and its transport (loaded on the reader's first tap or Play). */
export default function EmbedView({
  options,
  play,
}: {
  options: LinkOptions;
  /** Start playing at once (the reader pressed Play, or autoplay). */
  play: boolean;
}) {
  // Runs after the playback panel's own effects (children first): the machinery is mounted.
  useEffect(() => {
    void player.startPlayback({ ...options, autoplay: play }).then(() => viewMounted(player));
    // Mount once: the options are the link's, fixed for the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    // In a frame this small the minimap would cover the diagram: zoom with the buttons or a pinch.
    <main className="flex min-h-0 flex-1 flex-col [&_.react-flow\_\_minimap]:hidden">
      <div className="relative min-h-0 flex-1">
        <ExplorerSlotsProvider slots={EMBED_SLOTS}>
          <FlowCanvas />
        </ExplorerSlotsProvider>
      </div>
      <CompactPlaybackPanel
        panels={{
          cost: options.panels.includes('cost'),
          metrics: options.panels.includes('metrics'),
        }}
      >
        <OpenInExplorerLink />
      </CompactPlaybackPanel>
    </main>
  );
}
