/** Sorting text without Intl (see numbers.ts for why). */

/**
 * A–Z order for English titles and terms, ignoring case ("API Gateway" before "cold start"),
 * without localeCompare, whose first call loads the collation data.
 *
 * @example ['b', 'A', 'a'].sort(compareText) // → ['A', 'a', 'b']
 */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
