/**
 * The lessons' route elements for src/app/App.tsx, loaded on first visit: lesson content, the
 * checks and the panel stay out of the Explorer's first load (the engine loads later still,
 * at the first run-based check).
 */
import { lazyRoute } from '../learn/lazy-routes.tsx';
import { withSavedWork } from '../editor/persistence/with-saved-work.ts';

export const LessonsLazyRoute = lazyRoute(() =>
  import('./LessonsPage.tsx').then((m) => m.LessonsPage),
);
// A lesson edits the diagram, so the learner's saved work is restored (and kept) first.
export const LessonLazyRoute = lazyRoute(
  withSavedWork(() => import('./LessonRoute.tsx').then((m) => m.LessonRoute)),
);
