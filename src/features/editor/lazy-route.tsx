/**
 * The Explorer's route element for src/app/App.tsx. Loaded like the other screens, so a visit
 * that opens on a Learn page does not download the editor first; src/main.tsx starts fetching
 * it early when the Explorer is the page being opened.
 */
import { lazyRoute } from '../learn/lazy-routes.tsx';

export const ExplorerLazyRoute = lazyRoute(
  () => import('./ExplorerPage.tsx').then((m) => m.ExplorerPage),
  'Loading the Explorer…',
);
