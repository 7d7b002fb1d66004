/** Matching a path pattern ("learn/:slug", "quiz/*", "") against the rest of a pathname. */
export interface PathMatch {
  params: Record<string, string>;
  /** The part of the pathname this pattern consumed (the base for nested routes). */
  consumed: string;
}

const split = (path: string) => path.split('/').filter(Boolean);

/**
 * `end` requires the whole rest to be consumed; without it (a parent route) a prefix is enough.
 * A trailing `*` consumes anything and records it as params['*'].
 */
export function matchPath(pattern: string, rest: string, end: boolean): PathMatch | null {
  const want = split(pattern);
  const have = split(rest);
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    if (w === '*') {
      params['*'] = have.slice(i).map(decodeURIComponent).join('/');
      return { params, consumed: have.slice(0, i).join('/') };
    }
    const h = have[i];
    if (h === undefined) return null;
    if (w.startsWith(':')) params[w.slice(1)] = safeDecode(h);
    else if (w !== h) return null;
  }
  if (end && have.length > want.length) return null;
  return { params, consumed: have.slice(0, want.length).join('/') };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Joins a base ("/quiz") and a relative path ("exam") into an absolute one ("/quiz/exam"). */
export function joinPaths(base: string, path: string): string {
  if (path.startsWith('/')) return path;
  const parts = [...split(base), ...split(path)];
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return `/${out.join('/')}`;
}
