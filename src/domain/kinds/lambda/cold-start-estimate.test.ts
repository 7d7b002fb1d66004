import { describe, expect, it } from 'vitest';
import { estimateColdStart } from './cold-start-estimate.ts';
import { coldStartSpecOf } from './cold-start-spec.ts';

describe('estimateColdStart', () => {
  it('splits a typical cold start into environment start and INIT', () => {
    const e = estimateColdStart(coldStartSpecOf({ runtime: 'python', packageMb: 0 }));
    expect(e.snapStart).toBe(false);
    expect(e.environmentMs).toBeGreaterThan(50);
    expect(e.environmentMs).toBeLessThan(100);
    expect(e.initMs).toBeGreaterThan(70);
    expect(e.initMs).toBeLessThan(100);
    expect(e.restoreMs).toBe(0);
  });

  it('shows a restore instead where SnapStart applies, and ignores it where it does not', () => {
    expect(estimateColdStart(coldStartSpecOf({ runtime: 'java', snapStart: true })).snapStart).toBe(
      true,
    );
    const image = estimateColdStart(
      coldStartSpecOf({ runtime: 'java', packageType: 'image', snapStart: true }),
    );
    expect(image.snapStart).toBe(false);
    expect(image.initMs).toBeGreaterThan(0);
  });
});

describe('coldStartSpecOf', () => {
  it('falls back to the defaults for missing or unknown values', () => {
    expect(coldStartSpecOf({ runtime: 'cobol', packageMb: -3 })).toEqual({
      runtime: 'nodejs',
      packageType: 'zip',
      architecture: 'x86_64',
      packageMb: 5,
      initCodeMs: 0,
      snapStart: false,
    });
  });
});
