/**
 * The lessons' route elements for src/app/App.tsx, loaded on first visit: lesson content, the
 * checks and the panel stay out of the Explorer's first load (the engine loads later still,
 * at the first run-based check).
 */
import { lazyRoute } from '../learn/lazy-routes.tsx';

export const LessonsLazyRoute = lazyRoute(() =>
  import('./LessonsPage.tsx').then((m) => m.LessonsPage),
);
export const LessonLazyRoute = lazyRoute(() =>
  import('./LessonRoute.tsx').then((m) => m.LessonRoute),
);
