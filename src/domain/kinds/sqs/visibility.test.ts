import { duplicateDeliveryTimes, visibilityWarning } from './visibility.ts';

describe('SQS visibility timeout and duplicates', () => {
  it('a 70 s run against a 30 s timeout is delivered again at 30 s and 60 s (hand-computed)', () => {
    expect(duplicateDeliveryTimes(70_000, 30_000)).toEqual([30_000, 60_000]);
  });

  it('a run that ends before the timeout is delivered once', () => {
    expect(duplicateDeliveryTimes(29_999, 30_000)).toEqual([]);
    // Ending exactly at the timeout: the delete arrives first, no duplicate.
    expect(duplicateDeliveryTimes(30_000, 30_000)).toEqual([]);
  });

  it('stops at maxReceiveCount: 3 receives allow 2 duplicates of a 10-minute run', () => {
    expect(duplicateDeliveryTimes(600_000, 30_000, 3)).toEqual([30_000, 60_000]);
  });

  it('warns below 6 × the function timeout, and says "delivered twice" below 1 ×', () => {
    expect(visibilityWarning(180, 30)).toBeNull();
    expect(visibilityWarning(60, 30)).toMatchObject({ recommendedSec: 180 });
    expect(visibilityWarning(60, 30)?.message).not.toMatch(/delivered twice/);
    expect(visibilityWarning(20, 30)?.message).toMatch(/delivered twice/);
  });
});
