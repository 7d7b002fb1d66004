/**
 * The tiny markup of lesson text: `[label](#/learn/slug)` links and `**bold**`, nothing else.
 * Only in-app links (starting "#/") become links, so lesson text can never point elsewhere.
 */
export type Piece =
  | { type: 'text'; text: string }
  | { type: 'bold'; text: string }
  | { type: 'link'; text: string; href: string };

const TOKEN = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*/g;

/**
 * @example
 * parseInline('See [cold starts](#/learn/cold-starts).')
 * // [{ type: 'text', text: 'See ' }, { type: 'link', … }, { type: 'text', text: '.' }]
 */
export function parseInline(source: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    const at = match.index;
    if (at > last) pieces.push({ type: 'text', text: source.slice(last, at) });
    const [whole, label, href, bold] = match;
    if (bold !== undefined) pieces.push({ type: 'bold', text: bold });
    else if (label !== undefined && href?.startsWith('#/'))
      pieces.push({ type: 'link', text: label, href });
    else pieces.push({ type: 'text', text: label ?? whole });
    last = at + whole.length;
  }
  if (last < source.length) pieces.push({ type: 'text', text: source.slice(last) });
  return pieces;
}

/** The in-app links of a text, for the content tests. */
export const linksIn = (source: string) =>
  parseInline(source).flatMap((p) => (p.type === 'link' ? [p.href] : []));
