import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { History, Location } from './history.ts';

export const HistoryContext = createContext<History | null>(null);

export interface RouteState {
  params: Record<string, string>;
  /** The pathname consumed by the routes above (the base for relative links and nested Routes). */
  base: string;
  /** The matched child route's element, for <Outlet />. */
  outlet: ReactNode;
}

export const RouteContext = createContext<RouteState>({ params: {}, base: '/', outlet: null });

export function useHistory(): History {
  const history = useContext(HistoryContext);
  if (!history) throw new Error('Router hooks need a <HashRouter> or <MemoryRouter> above them.');
  return history;
}

export function useLocation(): Location {
  const history = useHistory();
  return useSyncExternalStore(history.subscribe, history.location, history.location);
}

export function useParams<
  T extends Record<string, string | undefined> = Record<string, string | undefined>,
>(): T {
  return useContext(RouteContext).params as T;
}
