import { formatSourceDate } from './source-date.ts';

describe('formatSourceDate', () => {
  it.each([
    ['2025', '2025'],
    ['2019-08', 'August 2019'],
    ['2019-09-03', '3 September 2019'],
    ['2019-13', '2019-13'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(formatSourceDate(input)).toBe(expected);
  });
});
