import { galleryRun } from '../test-support/gallery-run.ts';
import { bucketAt, liveMetrics } from './live-metrics.ts';

describe('the metrics at time T', () => {
  it('are zero at the start and the engine’s totals at the end', () => {
    const run = galleryRun('order-fanout');
    expect(liveMetrics(run, 0)).toMatchObject({ requests: 0, coldStarts: 0, costUsd: 0 });
    const end = liveMetrics(run, run.durationMs);
    const r = run.result;
    expect(end).toMatchObject({
      requests: r.requests.total,
      coldStarts: r.totals.coldStarts,
      errors: r.totals.errors,
      retries: r.totals.retries,
      throttles: r.totals.throttles,
    });
    expect(end.costUsd).toBeCloseTo(r.cost!.total.usd, 12);
  });

  it('grow while the run plays and are the same when asked again (scrubbing)', () => {
    const run = galleryRun('rest-api');
    const times = [1_000, 30_000, 120_000, 299_000];
    const forwards = times.map((t) => liveMetrics(run, t));
    for (let i = 1; i < forwards.length; i++) {
      expect(forwards[i]!.requests).toBeGreaterThan(forwards[i - 1]!.requests);
      expect(forwards[i]!.costUsd).toBeGreaterThanOrEqual(forwards[i - 1]!.costUsd);
    }
    expect(times.map((t) => liveMetrics(run, t)).reverse()).toEqual(forwards.reverse());
  });

  it('read bucketed series up to the last finished bucket', () => {
    expect(bucketAt(1000, 300, 999, 300_000)).toBe(-1);
    expect(bucketAt(1000, 300, 1000, 300_000)).toBe(0);
    expect(bucketAt(1000, 300, 300_000, 300_000)).toBe(299);
  });
});
