/**
 * Number and date text without Intl. The first Intl call in a page loads locale data, which
 * cost ~25 ms (100 ms at Lighthouse's mobile CPU slowdown) in the middle of start-up; the app
 * only ever shows en-US digit grouping and English dates, which are simple to write out.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

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

/**
 * A calendar date in British English, read in UTC: "23 November 2026".
 *
 * @example longDate('2026-11-23') // → "23 November 2026"
 */
export function longDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
