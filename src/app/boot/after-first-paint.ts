/**
 * Resolves once the browser has painted the current DOM: a frame is requested, and the task
 * after it runs when that frame is on screen. Falls back to a timer where frames never come
 * (a background tab), so the app still starts.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
