/**
 * Runs one evaluation per rate, in order, reporting progress and stopping when cancelled.
 * Asynchronous so that a worker can read its messages (a Cancel) between points.
 */
import type { SweepPoint } from './find.ts';

export type SweepProgress = { done: number; total: number; point: SweepPoint };

export async function runSweep(
  rates: readonly number[],
  evaluate: (ratePerSec: number) => SweepPoint,
  options: {
    onPoint?: (p: SweepProgress) => void;
    cancelled?: () => boolean;
    yieldEvery?: () => Promise<void>;
  } = {},
): Promise<SweepPoint[] | null> {
  const points: SweepPoint[] = [];
  for (const rate of rates) {
    if (options.cancelled?.()) return null;
    const point = evaluate(rate);
    points.push(point);
    options.onPoint?.({ done: points.length, total: rates.length, point });
    await (options.yieldEvery?.() ?? Promise.resolve());
  }
  return options.cancelled?.() ? null : points;
}
