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
 * A source's date as a reader says it. Written by hand, not with Intl/Date, so a
 * "2019-09-03" never shifts a day with the reader's time zone.
 *
 * @example
 * formatSourceDate('2019-09-03'); // '3 September 2019'
 * formatSourceDate('2019-08');    // 'August 2019'
 */
export function formatSourceDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!year || (month && !monthName)) return date;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
