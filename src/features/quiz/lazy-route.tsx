/** The quiz's route element for src/app/App.tsx: questions and screens load on first visit. */
import { lazyRoute } from '../learn/lazy-routes.tsx';

export const QuizLazyRoute = lazyRoute(() => import('./QuizRoute.tsx').then((m) => m.QuizRoute));
