import fc from 'fast-check';
import { groupDigits } from './numbers.ts';
import { formatDate } from './dates.ts';
import { compareText } from './order.ts';

describe('groupDigits', () => {
  it('groups like Intl en-US for any integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
      }),
    );
  });

  it('keeps cents like Intl for amounts in whole cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), (cents) => {
        const usd = cents / 100;
        expect(groupDigits(usd, 2, 2)).toBe(
          usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
        );
      }),
    );
  });

  it('drops trailing zeros down to the minimum', () => {
    expect(groupDigits(1234.5, 3)).toBe('1,234.5');
    expect(groupDigits(1234, 1)).toBe('1,234');
    expect(groupDigits(0.1, 1)).toBe('0.1');
    expect(groupDigits(-0.01, 1)).toBe('0');
    expect(groupDigits(-1500.25, 1)).toBe('-1,500.3');
  });

  it('names values that are not numbers', () => {
    expect(groupDigits(Number.NaN)).toBe('NaN');
    expect(groupDigits(Number.POSITIVE_INFINITY)).toBe('∞');
  });
});

describe('formatDate', () => {
  it.each([
    ['2025', '2025'],
    ['2019-08', 'August 2019'],
    ['2019-09-03', '3 September 2019'],
    ['2019-13', '2019-13'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });

  it('writes the date in British English, in UTC', () => {
    expect(formatDate('2026-11-23')).toBe('23 November 2026');
    expect(formatDate('2025-01-01')).toBe('1 January 2025');
    expect(formatDate('2025-12-31')).toBe('31 December 2025');
  });

  it('agrees with Intl for every day of a leap year', () => {
    for (let day = 0; day < 366; day++) {
      const iso = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
      expect(formatDate(iso)).toBe(
        new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }),
      );
    }
  });

  it('returns text it cannot read unchanged', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('compareText', () => {
  it('orders English words A–Z whatever their case, like localeCompare', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z][a-z ]{0,8}$/), { maxLength: 20 }),
        (words) => {
          const ours = [...words].sort(compareText).map((w) => w.toLowerCase());
          const intl = [...words]
            .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
            .map((w) => w.toLowerCase());
          expect(ours).toEqual(intl);
        },
      ),
    );
  });
});
