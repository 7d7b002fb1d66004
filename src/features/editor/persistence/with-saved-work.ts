/**
 * Wraps a lazy screen loader so the saved scenario is restored before the screen first renders.
 * Only screens that show or change the diagram (the Explorer, shared links, lessons) use it, so
 * a visit that opens on a Learn page or the quiz does not load the scenario schemas at all.
 */
export function withSavedWork<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    Promise.all([load(), import('./boot.ts')]).then(async ([screen, { bootScenario }]) => {
      await bootScenario();
      return screen;
    });
}
