/**
 * The transport of the playback (DESIGN.md, "Playback"): is a run loaded, is it playing, at
 * which simulated time, how fast. Not part of the document, so never in the undo history.
 *
 * `timeMs` is the *published* time: the animation loop owns the exact clock and writes it
 * here at most ~10 times a second, so panels that show numbers re-render at that rate and
 * never once per frame.
 */
import { create } from 'zustand';

export type RunStatus = 'empty' | 'simulating' | 'ready' | 'error';

export const MIN_SPEED = 0.1;
export const MAX_SPEED = 100;

export interface PlaybackState {
  status: RunStatus;
  /** Share of the simulation done while `status` is 'simulating', 0..1. */
  progress: number;
  /** Why the last run could not be made (status 'error'). */
  error: string | null;
  /** Increases with every loaded run, so views can tell one run from the next. */
  runSeq: number;
  playing: boolean;
  /** Simulated ms shown, published ≤ 10×/s while playing (exact after seek/step/pause). */
  timeMs: number;
  durationMs: number;
  /** Simulated seconds per wall-clock second. */
  speed: number;
  /** Too many tokens to draw one by one: the overlay shows a density instead. */
  aggregate: boolean;
  /** Index of the happening the learner stepped onto (the caption describes it), or null. */
  stepped: number | null;
  /** The bottom panel (metrics, cost, compare, log) is open. */
  panelOpen: boolean;
  set: (patch: Partial<Omit<PlaybackState, 'set' | 'setSpeed'>>) => void;
  setSpeed: (speed: number) => void;
}

/** Keeps a speed within the control's range (0.1× to 100×). */
export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return 1;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}

export const usePlayback = create<PlaybackState>()((set) => ({
  status: 'empty',
  progress: 0,
  error: null,
  runSeq: 0,
  playing: false,
  timeMs: 0,
  durationMs: 0,
  speed: 1,
  aggregate: false,
  stepped: null,
  panelOpen: true,
  set: (patch) => set(patch),
  setSpeed: (speed) => set({ speed: clampSpeed(speed) }),
}));
