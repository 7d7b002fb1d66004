/**
 * The embed's API for the page around it (after PhET-iO's wrapper API): events out
 * (`ready`, `play`, `pause`, `ended`, `metrics` at most once a second) and commands in
 * (see host-messages.ts). Commands are taken from the parent page only; events go to it with
 * target origin "*": an embed may sit in any page, and everything it says is in its own URL.
 * The player is handed in by the embed's composition (src/app/embed), so this module knows
 * the playback only through the transport store and that small interface.
 */
import type { Scenario } from '../../domain/diagram/index.ts';
import { usePlayback } from '../../store/playback-store.ts';
import { APP, readHostMessage, type HostCommand } from './host-messages.ts';

export interface EmbedPlayer {
  play: () => void | Promise<void>;
  pause: () => void;
  restart: () => void | Promise<void>;
  setSpeed: (speed: number) => void;
  /** Simulated ms; makes the run first when there is none yet. */
  seek: (timeMs: number) => void | Promise<void>;
  scenario: () => Scenario;
  /** A share link to the scenario open now. */
  link: () => string;
  load: (scenario: Scenario) => void;
  /** The run's numbers at the current time, or null before the first run. */
  metrics: () => Record<string, number> | null;
}

/** Longest wait between two `metrics` events while playing (wall-clock ms). */
export const METRICS_EVERY_MS = 1000;

type Post = (message: Record<string, unknown>) => void;

async function perform(player: EmbedPlayer, command: HostCommand, reply: Post) {
  switch (command.type) {
    case 'play':
      return player.play();
    case 'pause':
      return player.pause();
    case 'restart':
      return player.restart();
    case 'setSpeed':
      return player.setSpeed(command.speed);
    case 'seek':
      return player.seek(command.timeSec * 1000);
    case 'loadScenario':
      return player.load(command.scenario);
    case 'getScenario':
      return reply({ type: 'scenario', scenario: player.scenario(), link: player.link() });
  }
}

/** Posts the playback's events to `host`; returns the stop. */
function watchPlayback(player: EmbedPlayer, post: Post): () => void {
  let lastMetrics = -Infinity;
  const sendMetrics = () => {
    const metrics = player.metrics();
    if (!metrics) return;
    lastMetrics = Date.now();
    post({ type: 'metrics', ...metrics });
  };
  return usePlayback.subscribe((s, prev) => {
    if (s.playing && !prev.playing) post({ type: 'play', timeSec: s.timeMs / 1000 });
    if (!s.playing && prev.playing) {
      // The loop stops the clock, then publishes the final time in the same task.
      queueMicrotask(() => {
        const { timeMs, durationMs } = usePlayback.getState();
        const ended = durationMs > 0 && timeMs >= durationMs;
        post({ type: ended ? 'ended' : 'pause', timeSec: timeMs / 1000 });
        sendMetrics();
      });
    }
    if (s.playing && s.timeMs !== prev.timeMs && Date.now() - lastMetrics >= METRICS_EVERY_MS)
      sendMetrics();
  });
}

/**
 * Starts answering the host page and tells it the embed is ready.
 *
 * @example
 * const stop = installHostApi(player); // host receives { app: 'serverless-explorer', type: 'ready', … }
 */
export function installHostApi(player: EmbedPlayer, host: Window = window.parent): () => void {
  if (host === window) return () => {}; // not embedded: nobody to talk to
  const post: Post = (message) => host.postMessage({ app: APP, ...message }, '*');
  const onMessage = (event: MessageEvent) => {
    if (event.source !== host) return;
    const read = readHostMessage(event.data);
    if (read.kind === 'ignore') return;
    const answer = (message: Record<string, unknown>) => post({ ...message, id: read.id });
    if (read.kind === 'invalid') {
      answer({ type: 'error', command: read.command, error: read.error });
      return;
    }
    Promise.resolve(perform(player, read.command, answer)).then(
      () => answer({ type: 'done', command: read.command.type }),
      (error: unknown) =>
        answer({
          type: 'error',
          command: read.command.type,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
  };
  window.addEventListener('message', onMessage);
  const stopWatching = watchPlayback(player, post);
  const scenario = player.scenario();
  post({
    type: 'ready',
    apiVersion: 1,
    name: scenario.name,
    durationSec: scenario.settings.durationSec,
  });
  return () => {
    window.removeEventListener('message', onMessage);
    stopWatching();
  };
}
