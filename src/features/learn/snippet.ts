/**
 * Search-result text: a window of the document around the first match, and the same text cut
 * into plain and matched parts so the UI can render matches as <mark> elements (never HTML).
 */

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The part of `text` around the first word in `terms`, about `length` characters long.
 *
 * @example
 * makeSnippet('… long text … cold start … more', ['cold'], 40); // '… text … cold start … more'
 */
export function makeSnippet(text: string, terms: readonly string[], length = 180): string {
  if (text.length <= length) return text;
  const wanted = new Set(terms.map((t) => t.toLowerCase()));
  let at = 0;
  for (const match of text.matchAll(WORD)) {
    if (wanted.has(match[0].toLowerCase())) {
      at = match.index;
      break;
    }
  }
  let start = Math.max(0, at - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  start = Math.max(0, end - length);
  // Cut at spaces so no word is shown in half.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into parts, marking whole words found in `terms` (case-insensitive).
 *
 * @example
 * highlightParts('Cold starts hurt', ['starts']);
 * // [{ text: 'Cold ', match: false }, { text: 'starts', match: true }, { text: ' hurt', match: false }]
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const wanted = new Set(terms.map((t) => t.toLowerCase()));
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    if (!wanted.has(match[0].toLowerCase())) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), match: false });
    parts.push({ text: match[0], match: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
