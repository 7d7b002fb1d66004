import { compare, phrase } from './compare.ts';
import { formatCount, formatMs, formatNumber, formatPercent, formatUsd, plural } from './format.ts';

describe('comparisons', () => {
  it('cover every operator', () => {
    expect(compare(1, 'eq', 1)).toBe(true);
    expect(compare('burst', 'ne', 'steady')).toBe(true);
    expect(compare(0.009, 'lt', 0.01)).toBe(true);
    expect(compare(10, 'lte', 10)).toBe(true);
    expect(compare(10, 'gt', 10)).toBe(false);
    expect(compare(10, 'gte', 10)).toBe(true);
    expect(phrase('lt', '1 %')).toBe('below 1 %');
  });
});

describe('numbers for learners', () => {
  it('keep small shares from rounding up to the threshold', () => {
    expect(formatPercent(0)).toBe('0 %');
    expect(formatPercent(0.0091)).toBe('0.91 %');
    expect(formatPercent(0.0135)).toBe('1.4 %');
    expect(formatPercent(0.3947)).toBe('39 %');
  });

  it('show money, counts, times and rates', () => {
    expect(formatUsd(9.010025)).toBe('$9.01');
    expect(formatUsd(0.004)).toBe('less than $0.01');
    expect(formatCount(11234.4)).toBe('11,234');
    expect(formatMs(228.4)).toBe('228 ms');
    expect(formatMs(1705.7)).toBe('1.71 s');
    expect(formatNumber(1.7862)).toBe('1.79');
    expect(formatNumber(0.002)).toBe('0.002');
    expect(formatNumber(10800)).toBe('10,800');
    expect(plural(1, 'cold start')).toBe('1 cold start');
    expect(plural(3, 'message')).toBe('3 messages');
  });
});
