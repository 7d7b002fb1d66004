/**
 * Keeps the played run in step with the document: makes a run on demand (Play), remakes it
 * when the diagram is edited — restarting from the edited scenario, with a message — and
 * drops it when another document is opened. Only the newest request counts.
 */
import type { Scenario } from '../../../domain/diagram/index.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { clampSpeed, usePlayback } from '../../../store/playback-store.ts';
import { currentTime, seekTo } from '../loop/playback-loop.ts';
import { formatClock } from '../timeline/format.ts';
import { useRun } from './run-store.ts';
import { requestRun, type RunHandle } from './sim-client.ts';
import { isOtherDocument, runKey, traceKey } from './sim-key.ts';

let handle: RunHandle | null = null;
let editTimer: ReturnType<typeof setTimeout> | undefined;
const notify = (tone: 'info' | 'error', message: string) =>
  useNotices.getState().notify(tone, message);

export interface LoadOptions {
  /** Stay at the current time (a pricing switch: same trace, another bill). */
  keepTime?: boolean;
  autoplay?: boolean;
}

/** Makes a run of `scenario` and loads it; resolves to whether it was loaded. */
export async function loadRun(scenario: Scenario, options: LoadOptions = {}): Promise<boolean> {
  handle?.cancel();
  const playback = usePlayback.getState();
  const time = currentTime();
  if (!options.keepTime) playback.set({ status: 'simulating', progress: 0, playing: false });
  const mine = requestRun(scenario, (share) => {
    if (handle === mine && !options.keepTime) usePlayback.getState().set({ progress: share });
  });
  handle = mine;
  const outcome = await mine.result;
  if (handle !== mine) return false;
  handle = null;
  if (!outcome.ok) {
    if (outcome.cancelled) return false;
    usePlayback.getState().set({ status: 'error', error: outcome.error, playing: false });
    notify('error', outcome.error);
    return false;
  }
  const { run } = outcome;
  const durationMs = run.trace.truncated ? run.trace.completeUntilMs : run.durationMs;
  useRun.getState().setRun(run, runKey(scenario));
  usePlayback.getState().set({
    status: 'ready',
    error: null,
    durationMs,
    runSeq: usePlayback.getState().runSeq + 1,
    aggregate: false,
    stepped: null,
  });
  seekTo(options.keepTime ? time : 0);
  if (options.autoplay) usePlayback.getState().set({ playing: true });
  if (run.trace.truncated) {
    notify(
      'info',
      `This run made more happenings than playback can keep: it plays the first ${formatClock(durationMs)}. Shorten the run or lower the traffic to see all of it.`,
    );
  }
  return true;
}

/** True when the loaded run was made from the document as it is now. */
export function runIsCurrent(): boolean {
  const { run, key } = useRun.getState();
  return run !== null && key === runKey(useDiagram.getState().scenario);
}

/** Forgets the run (another document was opened): back to "press Play". */
export function resetPlayback(scenario: Scenario): void {
  handle?.cancel();
  handle = null;
  useRun.getState().setRun(null, null);
  usePlayback.getState().set({
    status: 'empty',
    playing: false,
    progress: 0,
    error: null,
    durationMs: 0,
    stepped: null,
    speed: clampSpeed(scenario.settings.speed),
  });
  seekTo(0);
}

function onEdit(before: Scenario, after: Scenario): void {
  const { run, key } = useRun.getState();
  const playback = usePlayback.getState();
  if (isOtherDocument(before, after)) return resetPlayback(after);
  if (!run && playback.status !== 'simulating') return;
  if (runKey(after) === key) return;
  const wasPlaying = playback.playing || playback.status === 'simulating';
  if (run && traceKey(after) === traceKey(run.scenario)) {
    // Same trace, another bill: swap the run in place, keep time and motion.
    void loadRun(after, { keepTime: true, autoplay: playback.playing });
    return;
  }
  if (wasPlaying)
    notify('info', 'You changed the diagram: the run restarted from the edited scenario.');
  else notify('info', 'You changed the diagram: the run was made again from the edited scenario.');
  void loadRun(after, { autoplay: wasPlaying });
}

/** Follows document edits while the Explorer is shown; returns the unsubscribe. */
export function watchDiagram(): () => void {
  let before = useDiagram.getState().scenario;
  let burstFrom: Scenario | null = null;
  const unsubscribe = useDiagram.subscribe((state) => {
    if (state.scenario === before) return;
    burstFrom ??= before;
    before = state.scenario;
    // Edits often come in twos (an experiment sets two fields): restart once, after the last.
    clearTimeout(editTimer);
    editTimer = setTimeout(() => {
      const from = burstFrom ?? before;
      burstFrom = null;
      onEdit(from, useDiagram.getState().scenario);
    }, 120);
  });
  return () => {
    clearTimeout(editTimer);
    unsubscribe();
  };
}
