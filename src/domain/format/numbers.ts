/**
 * Numbers as text without Intl. The first Intl call in a page loads locale data, which cost
 * ~35 ms (140 ms at Lighthouse's mobile CPU slowdown) in the middle of start-up; the app only
 * ever shows en-US digit grouping, which is simple to write out.
 */

/**
 * en-US digit grouping with up to `maxFraction` decimals (trailing zeros dropped down to
 * `minFraction`), like `n.toLocaleString('en-US', …)`.
 *
 * @example groupDigits(10240) // → "10,240"
 * @example groupDigits(1234.5, 2, 2) // → "1,234.50"
 */
export function groupDigits(n: number, maxFraction = 0, minFraction = 0): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '∞' : '-∞';
  const fixed = Math.abs(n).toFixed(maxFraction);
  const [whole = '0', fraction = ''] = fixed.split('.');
  let kept = fraction;
  while (kept.length > minFraction && kept.endsWith('0')) kept = kept.slice(0, -1);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = kept ? `${grouped}.${kept}` : grouped;
  return n < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}
