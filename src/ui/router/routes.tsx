import {
  Children,
  isValidElement,
  useContext,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import { HistoryContext, RouteContext, useLocation } from './context.ts';
import { createHashHistory, createMemoryHistory } from './history.ts';
import { joinPaths, matchPath } from './match.ts';

export interface RouteProps {
  path?: string;
  index?: boolean;
  element?: ReactNode;
  children?: ReactNode;
}

/** Declares a route; <Routes> reads its props. Renders nothing by itself. */
export function Route(_props: RouteProps): ReactElement | null {
  return null;
}

function routesOf(children: ReactNode): RouteProps[] {
  return Children.toArray(children)
    .filter((c): c is ReactElement<RouteProps> => isValidElement(c) && c.type === Route)
    .map((c) => c.props);
}

/** First route (in order) that matches, with its nested match; order static before dynamic. */
function matchRoutes(
  routes: RouteProps[],
  rest: string,
  base: string,
  params: Record<string, string>,
): ReactNode | null {
  for (const route of routes) {
    const nested = routesOf(route.children);
    if (route.index) {
      if (rest.split('/').filter(Boolean).length === 0)
        return wrap(route.element, base, params, null);
      continue;
    }
    const m = matchPath(route.path ?? '', rest, nested.length === 0);
    if (!m) continue;
    const merged = { ...params, ...m.params };
    const newBase = joinPaths(base, m.consumed);
    if (nested.length === 0) return wrap(route.element, newBase, merged, null);
    const remaining = rest
      .split('/')
      .filter(Boolean)
      .slice(m.consumed.split('/').filter(Boolean).length)
      .join('/');
    const child = matchRoutes(nested, remaining, newBase, merged);
    if (child === null) continue;
    return wrap(route.element, newBase, merged, child);
  }
  return null;
}

function wrap(element: ReactNode, base: string, params: Record<string, string>, outlet: ReactNode) {
  return (
    <RouteContext.Provider value={{ base, params, outlet }}>
      {element ?? outlet}
    </RouteContext.Provider>
  );
}

export function Routes({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const parent = useContext(RouteContext);
  const rest = pathname.startsWith(parent.base) ? pathname.slice(parent.base.length) : pathname;
  return <>{matchRoutes(routesOf(children), rest, parent.base, parent.params)}</>;
}

export function Outlet() {
  return <>{useContext(RouteContext).outlet}</>;
}

export function HashRouter({ children }: { children: ReactNode }) {
  const [history] = useState(createHashHistory);
  return <HistoryContext.Provider value={history}>{children}</HistoryContext.Provider>;
}

export function MemoryRouter({
  initialEntries = ['/'],
  children,
}: {
  initialEntries?: string[];
  children: ReactNode;
}) {
  const [history] = useState(() => createMemoryHistory(initialEntries[initialEntries.length - 1]));
  return <HistoryContext.Provider value={history}>{children}</HistoryContext.Provider>;
}
