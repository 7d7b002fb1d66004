/**
 * What a link in a concept page points to. Pages link with hash-router URLs (`#/learn/…`),
 * so every `#…` href must be told apart: an app route, a glossary term, a gallery example, or
 * an in-page anchor (a heading or a footnote) that must be scrolled to, not routed to.
 */
export type LinkTarget =
  | { kind: 'learn'; slug: string; hash: string }
  | { kind: 'glossary'; slug: string }
  | { kind: 'example'; id: string }
  | { kind: 'route'; path: string }
  | { kind: 'anchor'; id: string }
  | { kind: 'external'; href: string }
  | { kind: 'other'; href: string };

/**
 * @example
 * classifyHref('#/glossary/cold-start'); // { kind: 'glossary', slug: 'cold-start' }
 * classifyHref('#user-content-fn-1');    // { kind: 'anchor', id: 'user-content-fn-1' }
 */
export function classifyHref(href: string | undefined): LinkTarget {
  if (!href) return { kind: 'other', href: '' };
  if (/^https?:\/\//i.test(href)) return { kind: 'external', href };
  if (href.startsWith('#/')) {
    const path = href.slice(1);
    const learn = /^\/learn\/([a-z0-9-]+)\/?(#.*)?$/.exec(path);
    if (learn) return { kind: 'learn', slug: learn[1] ?? '', hash: learn[2] ?? '' };
    const term = /^\/glossary\/([a-z0-9-]+)\/?$/.exec(path);
    if (term) return { kind: 'glossary', slug: term[1] ?? '' };
    const example = /^\/example\/([a-z0-9-]+)\/?$/.exec(path);
    if (example) return { kind: 'example', id: example[1] ?? '' };
    return { kind: 'route', path };
  }
  if (href.startsWith('#') && href.length > 1) {
    return { kind: 'anchor', id: decodeURIComponent(href.slice(1)) };
  }
  return { kind: 'other', href };
}

/** "Try it: the cold start lab" → a prominent button; other example links stay inline. */
export function isTryItText(text: string): boolean {
  return /^\s*try it\b/i.test(text);
}
