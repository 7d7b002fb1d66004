/**
 * Where the app is: the path after `#` (hash routing works from any sub-path and on reload).
 * `#/learn/pricing#free-tier` is pathname `/learn/pricing` with hash `#free-tier`.
 */
export interface Location {
  pathname: string;
  hash: string;
  /** Options after the path (`#/s/s1.…?locked=1` → `?locked=1`), or ''. */
  search: string;
  /** Changes on every navigation, even to the same address (effects key on it). */
  key: string;
}

export interface History {
  location: () => Location;
  push: (path: string) => void;
  replace: (path: string) => void;
  back: () => void;
  subscribe: (listener: () => void) => () => void;
}

let keys = 0;
export function parsePath(path: string): Location {
  const [pathname = '/', ...rest] = path.split('#');
  const queryAt = pathname.indexOf('?');
  const clean = (queryAt < 0 ? pathname : pathname.slice(0, queryAt)) || '/';
  return {
    pathname: clean.startsWith('/') ? clean : `/${clean}`,
    search: queryAt < 0 ? '' : pathname.slice(queryAt),
    hash: rest.length > 0 ? `#${rest.join('#')}` : '',
    key: String(++keys),
  };
}

/** The browser's address bar, read and written through `location.hash`. */
export function createHashHistory(): History {
  let current = parsePath(window.location.hash.slice(1) || '/');
  const listeners = new Set<() => void>();
  const update = () => {
    current = parsePath(window.location.hash.slice(1) || '/');
    for (const l of listeners) l();
  };
  window.addEventListener('hashchange', update);
  return {
    location: () => current,
    push: (path) => {
      if (window.location.hash === `#${path}`) return update();
      window.location.hash = path;
    },
    replace: (path) => {
      window.history.replaceState(window.history.state, '', `#${path}`);
      update();
    },
    back: () => window.history.back(),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** History kept in memory: for tests and for rendering a route outside the browser's URL. */
export function createMemoryHistory(initial = '/'): History {
  const entries = [parsePath(initial)];
  let index = 0;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  return {
    location: () => entries[index] as Location,
    push: (path) => {
      entries.splice(index + 1, entries.length, parsePath(path));
      index = entries.length - 1;
      emit();
    },
    replace: (path) => {
      entries[index] = parsePath(path);
      emit();
    },
    back: () => {
      index = Math.max(0, index - 1);
      emit();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
