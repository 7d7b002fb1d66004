/**
 * Live figures in concept pages. A paragraph that holds nothing but a link to `#/figure/<id>`,
 * written in markdown as `[Figure: what it shows](#/figure/init-by-runtime)`, becomes that
 * figure; the link text is its caption. Any other figure link stays an ordinary paragraph.
 */
import type { MarkdownNode } from '../../../ui/learn-content/concept-types.ts';

/**
 * Ids of the figures a concept page may show (checked by the concept-page test): LiveFigure's
 * own, and those the app provides from other features (src/app/figures.ts).
 */
export const FIGURE_IDS: readonly string[] = ['init-by-runtime', 'crossover'];

export interface FigureLink {
  id: string;
  caption: string;
}

const FIGURE_HREF = /^#\/figure\/([a-z0-9-]+)$/;

function text(node: MarkdownNode): string {
  if (typeof node === 'string') return node;
  const [, , ...children] = node;
  return children.map(text).join('');
}

/** The figure a paragraph stands for, or null. Blank text around the link is allowed. */
export function figureLinkOf(node: MarkdownNode): FigureLink | null {
  if (typeof node === 'string' || node[0] !== 'p') return null;
  const [, , ...children] = node;
  const meaningful = children.filter((c) => typeof c !== 'string' || c.trim() !== '');
  const only = meaningful[0];
  if (meaningful.length !== 1 || only === undefined || typeof only === 'string' || only[0] !== 'a')
    return null;
  const href = only[1]?.href;
  const match = typeof href === 'string' ? FIGURE_HREF.exec(href) : null;
  if (!match) return null;
  return { id: match[1] ?? '', caption: text(only).replace(/^\s*figure:\s*/i, '') };
}
