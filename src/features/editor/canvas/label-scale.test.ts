import { describe, expect, it } from 'vitest';
import { labelPx, MIN_SCREEN_PX, PRESENTER_SCREEN_PX } from './label-scale.ts';

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

describe('labelPx for a projector', () => {
  it('asks for 18 px on screen in presenter mode where 12 px would do otherwise', () => {
    expect(labelPx(1)).toBeNull();
    const px = labelPx(1, PRESENTER_SCREEN_PX);
    expect(px).not.toBeNull();
    expect((px as number) * 1).toBeGreaterThanOrEqual(PRESENTER_SCREEN_PX);
    const atHalf = labelPx(0.5, PRESENTER_SCREEN_PX) as number;
    expect(atHalf * 0.5).toBeGreaterThanOrEqual(PRESENTER_SCREEN_PX);
  });
});
