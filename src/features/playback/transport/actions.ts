/**
 * What the transport does: Play, Pause, Step, Restart, seek and speed. The buttons, the
 * keyboard (Space) and the command registry all call these.
 */
import { useDiagram } from '../../../store/diagram-store.ts';
import { usePlayback } from '../../../store/playback-store.ts';
import { currentTime, seekTo } from '../loop/playback-loop.ts';
import { loadRun, runIsCurrent } from '../run/run-controller.ts';
import { useRun } from '../run/run-store.ts';
import { upperBound } from '../timeline/search.ts';

/** Makes sure the run matches the document, simulating it if not; false if that failed. */
async function ensureRun(autoplay: boolean): Promise<boolean> {
  if (runIsCurrent()) return true;
  if (usePlayback.getState().status === 'simulating') return false;
  return loadRun(useDiagram.getState().scenario, { autoplay });
}

export async function play(): Promise<void> {
  if (!runIsCurrent()) {
    await ensureRun(true);
    return;
  }
  const { durationMs } = usePlayback.getState();
  if (currentTime() >= durationMs) seekTo(0);
  usePlayback.getState().set({ playing: true, stepped: null });
}

export function pause(): void {
  usePlayback.getState().set({ playing: false });
  // Publish the exact time the clock stopped at, so paused numbers are final.
  seekTo(currentTime());
}

export function togglePlay(): void {
  if (usePlayback.getState().playing) pause();
  else void play();
}

/** Pauses and moves to the next happening after the current time (or the first one). */
export async function step(): Promise<void> {
  usePlayback.getState().set({ playing: false });
  if (!runIsCurrent() && !(await ensureRun(false))) return;
  const run = useRun.getState().run;
  if (!run) return;
  const hp = run.trace.happenings;
  const next = upperBound(hp.t, hp.count, currentTime());
  if (next >= hp.count) {
    seekTo(usePlayback.getState().durationMs);
    return;
  }
  seekTo(hp.t[next] as number);
  usePlayback.getState().set({ stepped: next });
}

/** Runs the simulation again from scratch (same scenario, same seed) and plays it from 0. */
export async function restart(): Promise<void> {
  await loadRun(useDiagram.getState().scenario, { autoplay: true });
}

export function seek(timeMs: number): void {
  usePlayback.getState().set({ stepped: null });
  seekTo(timeMs);
}

export function setSpeed(speed: number): void {
  usePlayback.getState().setSpeed(speed);
}
