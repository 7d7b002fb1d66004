/**
 * The one animation loop of the playback. It owns the exact simulated time: while playing,
 * each requestAnimationFrame advances it by the wall-clock time elapsed × speed and hands it
 * to the drawers (the token overlay). Everything that shows numbers hears about the time
 * through the store, at most ~10 times a second (every 0.5 s, in steps, with reduced motion).
 *
 * When not playing the loop sleeps; a seek, a pan or a zoom asks for one frame. When the tab
 * is hidden it stops, and simulated time does not run on behind the learner's back.
 */
import { usePlayback } from '../../../store/playback-store.ts';
import { prefersReducedMotion } from './reduced-motion.ts';

type Listener = (timeMs: number) => void;

/** Longest wall-clock step taken at once: after a stall the clock resumes, it does not jump. */
const MAX_FRAME_MS = 250;
const PUBLISH_MS = 100;
const PUBLISH_REDUCED_MS = 500;

const drawers = new Set<Listener>();
const publishers = new Set<Listener>();
let now = 0;
let frame = 0;
let lastTs: number | null = null;
let lastPublish = -Infinity;
let installed = 0;

/** The exact simulated time (ms) — read it in a frame, not in a React render. */
export function currentTime(): number {
  return now;
}

/** Registers a function called with the time on every frame; returns its removal. */
export function addDrawer(draw: Listener): () => void {
  drawers.add(draw);
  requestFrame();
  return () => drawers.delete(draw);
}

/** Registers a function called whenever the time is published (≤ 10×/s). */
export function addPublisher(publish: Listener): () => void {
  publishers.add(publish);
  return () => publishers.delete(publish);
}

function publish(): void {
  usePlayback.getState().set({ timeMs: now });
  for (const p of publishers) p(now);
}

/** Moves the clock (clamped to the run) and shows that moment at once. */
export function seekTo(timeMs: number): void {
  const end = usePlayback.getState().durationMs;
  now = Math.min(Math.max(0, timeMs), end);
  lastTs = null;
  publish();
  requestFrame();
}

/** Asks for one frame (after a pan, a zoom, a resize…); several requests make one frame. */
export function requestFrame(): void {
  if (frame || installed === 0) return;
  if (typeof document !== 'undefined' && document.hidden) return;
  frame = requestAnimationFrame(tick);
}

function tick(ts: number): void {
  frame = 0;
  const state = usePlayback.getState();
  if (state.playing) {
    if (lastTs !== null) now += Math.min(ts - lastTs, MAX_FRAME_MS) * state.speed;
    lastTs = ts;
    if (now >= state.durationMs) {
      now = state.durationMs;
      state.set({ playing: false });
    }
  } else lastTs = null;
  for (const draw of drawers) draw(now);
  const every = prefersReducedMotion() ? PUBLISH_REDUCED_MS : PUBLISH_MS;
  if (!usePlayback.getState().playing || ts - lastPublish >= every) {
    lastPublish = ts;
    publish();
  }
  if (usePlayback.getState().playing) requestFrame();
}

function onVisibility(): void {
  if (document.hidden) {
    cancelAnimationFrame(frame);
    frame = 0;
    lastTs = null;
  } else requestFrame();
}

/** Starts the loop's listeners (once per page, however many callers); returns the stop. */
export function installLoop(): () => void {
  installed++;
  if (installed > 1) return () => void installed--;
  const unsubscribe = usePlayback.subscribe((s, prev) => {
    if (s.playing && !prev.playing) {
      lastTs = null;
      requestFrame();
    }
  });
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    installed--;
    unsubscribe();
    document.removeEventListener('visibilitychange', onVisibility);
    cancelAnimationFrame(frame);
    frame = 0;
  };
}
