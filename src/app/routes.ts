/**
 * The app's one route table: every address, the screen it opens and what to fetch early for it.
 * src/app/App.tsx renders it (with the screens of ./screens.tsx) and the entry's preloader
 * (./boot/preload-route.ts) reads it. No React here: the entry imports this file.
 */
import { matchPath } from '../ui/router/match.ts';
import { parsePath } from '../ui/router/history.ts';

export type Screen =
  | 'explorer'
  | 'example'
  | 'shared'
  | 'learn'
  | 'concept'
  | 'glossary'
  | 'quiz'
  | 'lessons'
  | 'lesson'
  | 'not-found';

export interface AppRoute {
  /** Relative to the shell ("" is the index). */
  path: string;
  screen: Screen;
}

// Order matters: the first route that matches wins (static before dynamic).
export const ROUTES: readonly AppRoute[] = [
  { path: '', screen: 'explorer' },
  { path: 'example/:id', screen: 'example' },
  { path: 's/:fragment', screen: 'shared' },
  { path: 'learn', screen: 'learn' },
  { path: 'learn/:slug', screen: 'concept' },
  { path: 'glossary', screen: 'glossary' },
  { path: 'glossary/:slug', screen: 'glossary' },
  { path: 'quiz/*', screen: 'quiz' },
  { path: 'lessons', screen: 'lessons' },
  { path: 'lesson/:id', screen: 'lesson' },
  { path: '*', screen: 'not-found' },
];

/** The route an address opens, with its parameters. @example matchRoute('#/learn/pricing') */
export function matchRoute(hash: string): { route: AppRoute; params: Record<string, string> } {
  const { pathname } = parsePath(hash.replace(/^#/, '') || '/');
  for (const route of ROUTES) {
    const m = matchPath(route.path, pathname, true);
    if (m) return { route, params: m.params };
  }
  // Unreachable: the last route matches everything.
  return { route: ROUTES[ROUTES.length - 1] as AppRoute, params: {} };
}
