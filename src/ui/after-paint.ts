/**
 * Runs `fn` in the task after the next frame has been painted; returns a function that cancels
 * it. (The entry has its own promise version, app/boot/after-first-paint.ts, so that it stays
 * free of this chunk.)
 */
export function afterPaint(fn: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(fn);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
