/**
 * The embed starts as a picture (EmbedPoster) and becomes interactive on demand: a tap, Play,
 * an autoplay option or a command from the host page. Commands wait here until the
 * interactive view has mounted its playback, then run against it.
 */
import type { EmbedPlayer } from '../../features/embed/host-api.ts';
import { shareUrl } from '../../domain/share/link-codec.ts';
import { appBase } from '../../domain/embed/embed-code.ts';
import { clearHistory, useDiagram } from '../../store/diagram-store.ts';
import { useSelection } from '../../store/selection-store.ts';

type Impl = typeof import('./embed-player.ts');

let requestView: () => void = () => {};
let mounted: (impl: Impl) => void = () => {};
let view: Promise<Impl> = new Promise((resolve) => (mounted = resolve));
let loaded: Impl | null = null;

/** The embed page registers how to show the interactive view. */
export function onViewRequested(show: () => void) {
  requestView = show;
}

/** Called by the interactive view once its playback is mounted. */
export function viewMounted(impl: Impl) {
  loaded = impl;
  mounted(impl);
}

/** For tests and a second embed in one page's lifetime. */
export function resetActivation() {
  loaded = null;
  view = new Promise((resolve) => (mounted = resolve));
}

function withView<A extends unknown[]>(run: (impl: Impl, ...args: A) => unknown) {
  return async (...args: A) => {
    requestView();
    await run(await view, ...args);
  };
}

export const lazyPlayer: EmbedPlayer = {
  play: withView((impl) => impl.embedPlayer.play()),
  pause: () => loaded?.embedPlayer.pause(),
  restart: withView((impl) => impl.embedPlayer.restart()),
  setSpeed: (speed) => {
    if (loaded) loaded.embedPlayer.setSpeed(speed);
    else void withView((impl) => impl.embedPlayer.setSpeed(speed))();
  },
  seek: withView((impl, timeMs: number) => impl.embedPlayer.seek(timeMs)),
  scenario: () => useDiagram.getState().scenario,
  link: () => shareUrl(appBase(window.location.href), useDiagram.getState().scenario),
  load: (scenario) => {
    useSelection.getState().clear();
    useDiagram.getState().replace(scenario);
    clearHistory();
  },
  metrics: () => loaded?.embedPlayer.metrics() ?? null,
};
