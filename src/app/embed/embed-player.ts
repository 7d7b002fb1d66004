/**
 * The embed's player for the host-page API (features/embed/host-api.ts), wired to the
 * playback's own actions: the host page drives exactly what the transport buttons drive.
 */
import type { EmbedPlayer } from '../../features/embed/host-api.ts';
import { pause, play, restart, seek, setSpeed } from '../../features/playback/transport/actions.ts';
import { loadRun, runIsCurrent } from '../../features/playback/run/run-controller.ts';
import { useRun } from '../../features/playback/run/run-store.ts';
import { liveMetrics } from '../../features/playback/metrics/live-metrics.ts';
import { currentTime } from '../../features/playback/loop/playback-loop.ts';
import { useDiagram } from '../../store/diagram-store.ts';
import { usePlayback } from '../../store/playback-store.ts';

async function seekTo(timeMs: number) {
  if (!runIsCurrent()) {
    if (usePlayback.getState().status === 'simulating') return;
    const ok = await loadRun(useDiagram.getState().scenario, { autoplay: false });
    if (!ok) return;
  }
  seek(timeMs);
}

/** The playback half of the player (embed-activation.ts has the rest): loaded with the view. */
export const embedPlayer: Pick<
  EmbedPlayer,
  'play' | 'pause' | 'restart' | 'setSpeed' | 'seek' | 'metrics'
> = {
  play,
  pause,
  restart,
  setSpeed,
  seek: seekTo,
  metrics: () => {
    const run = useRun.getState().run;
    if (!run) return null;
    const m = liveMetrics(run, currentTime());
    return {
      timeSec: m.timeMs / 1000,
      durationSec: usePlayback.getState().durationMs / 1000,
      requests: m.requests,
      coldStarts: m.coldStarts,
      warmStarts: m.warmStarts,
      errors: m.errors,
      throttles: m.throttles,
      costUsd: m.costUsd,
    };
  },
};

/** Applies a link's start options once the playback is mounted. */
export async function startPlayback(options: {
  autoplay: boolean;
  startSec: number;
  speed: number | null;
}) {
  if (options.speed !== null) setSpeed(options.speed);
  if (options.startSec > 0) await seekTo(options.startSec * 1000);
  if (options.autoplay) await play();
}
