import { describe, expect, it } from 'vitest';
import { compareInit, percentileOf } from './init-summary.ts';

describe('compareInit', () => {
  it('lists the seven runtimes fastest first, with the model within 25 % of each measurement', () => {
    const rows = compareInit('zip', 'x86_64');
    expect(rows.map((r) => r.runtime)).toEqual([
      'rust',
      'go',
      'python',
      'nodejs',
      'ruby',
      'java',
      'dotnet',
    ]);
    for (const r of rows) {
      expect(Math.abs(r.model.p50 / r.measured.p50 - 1)).toBeLessThan(0.25);
      expect(Math.abs(r.model.p90 / r.measured.p90 - 1)).toBeLessThan(0.25);
    }
  });

  it('gives the same figures every time (seeded)', () => {
    expect(compareInit('image', 'arm64')).toEqual(compareInit('image', 'arm64'));
  });
});

describe('percentileOf', () => {
  it('is the nearest rank', () => {
    const v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([percentileOf(v, 50), percentileOf(v, 90), percentileOf(v, 100)]).toEqual([5, 9, 10]);
  });
});
