/** Dates as text without Intl (see numbers.ts for why). */

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
 * A date as a reader says it, in British English: "3 September 2019", "August 2019", "2025".
 * Read from the text, not through Date, so "2019-09-03" never shifts a day with the reader's
 * time zone. Text that is not such a date comes back unchanged.
 *
 * @example formatDate('2026-11-23') // → "23 November 2026"
 * @example formatDate('2019-08') // → "August 2019"
 */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!year || (month && !monthName)) return date;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
