import type { SimResult } from '../../../domain/sim/index.ts';
import { bucketAt } from '../timeline/buckets.ts';

/**
 * Total cost accumulated by the last bucket boundary at `t`. Apart from cost-model.ts so the
 * always-visible cost line does not pull the price tables into the first load.
 */
export function costSoFar(result: Omit<SimResult, 'trace'>, t: number): number {
  const s = result.series;
  const b = bucketAt(s.bucketMs, s.costUsd.length, t, result.durationMs);
  return b >= 0 ? (s.costUsd[b] as number) : 0;
}
