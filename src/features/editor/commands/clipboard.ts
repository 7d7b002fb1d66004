import type { Fragment } from '../../../domain/diagram/index.ts';

/** In-page clipboard for copy/paste of nodes (the system clipboard may be denied). */
let copied: Fragment | null = null;
let pasteCount = 0;

export function setClipboard(fragment: Fragment) {
  copied = fragment;
  pasteCount = 0;
}

/** Each paste lands a little further away so pasted copies do not stack exactly. */
export function takeClipboard(): { fragment: Fragment; offset: { x: number; y: number } } | null {
  if (!copied) return null;
  pasteCount += 1;
  return { fragment: copied, offset: { x: 40 * pasteCount, y: 40 * pasteCount } };
}
