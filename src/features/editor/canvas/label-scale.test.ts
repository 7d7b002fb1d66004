import { describe, expect, it } from 'vitest';
import { labelPx, MIN_SCREEN_PX } from './label-scale.ts';

describe('node label size for the zoom', () => {
  it('keeps the normal card where its name reads at 12 px or more', () => {
    expect(labelPx(1)).toBeNull();
    expect(labelPx(0.9)).toBeNull();
  });

  it('enlarges the name so it reads at 12 px or more down to zoom 0.25', () => {
    for (let zoom = 0.25; zoom < 0.9; zoom += 0.005) {
      const px = labelPx(zoom);
      expect((px ?? 14) * zoom).toBeGreaterThanOrEqual(MIN_SCREEN_PX);
    }
  });

  it('changes size in steps, not with every zoom', () => {
    const sizes = new Set<number | null>();
    for (let zoom = 0.2; zoom <= 1.2; zoom += 0.001) sizes.add(labelPx(zoom));
    expect(sizes.size).toBeLessThanOrEqual(10);
  });
});
