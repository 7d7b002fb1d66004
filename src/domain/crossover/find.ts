/** Where the two designs' monthly bills cross, and how to say it to a learner. */
import { formatRate } from './words.ts';
import { designTotal, type DesignMonthly, type LineToggles } from './lines.ts';

export type SweepPoint = { ratePerSec: number; lambda: DesignMonthly; containers: DesignMonthly };

export type Crossover =
  | { kind: 'crossing'; ratePerSec: number; lambdaCheaperBelow: boolean }
  | { kind: 'lambda-cheaper' | 'containers-cheaper' | 'no-data' };

/**
 * The first rate where the cheaper design changes, interpolated linearly in log(rate) between the
 * two sweep points around it. Ties at a point count as a crossing there.
 */
export function findCrossover(points: readonly SweepPoint[], toggles: LineToggles): Crossover {
  if (points.length === 0) return { kind: 'no-data' };
  const diff = (p: SweepPoint) =>
    designTotal(p.lambda, toggles) - designTotal(p.containers, toggles);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as SweepPoint;
    const b = points[i + 1] as SweepPoint;
    const da = diff(a);
    const db = diff(b);
    if (da === 0 && db === 0) continue;
    if ((da <= 0 && db > 0) || (da >= 0 && db < 0)) {
      const t = da / (da - db);
      const log =
        Math.log10(a.ratePerSec) + t * (Math.log10(b.ratePerSec) - Math.log10(a.ratePerSec));
      return { kind: 'crossing', ratePerSec: 10 ** log, lambdaCheaperBelow: db > 0 };
    }
  }
  return diff(points[0] as SweepPoint) <= 0
    ? { kind: 'lambda-cheaper' }
    : { kind: 'containers-cheaper' };
}

/** The crossover in one sentence, as the chart's caption says it. */
export function describeCrossover(c: Crossover): string {
  switch (c.kind) {
    case 'crossing': {
      const rate = formatRate(c.ratePerSec);
      return c.lambdaCheaperBelow
        ? `At these settings, below ≈ ${rate} Lambda costs less; above it the containers do.`
        : `At these settings, below ≈ ${rate} the containers cost less; above it Lambda does.`;
    }
    case 'lambda-cheaper':
      return 'At these settings Lambda costs less at every rate from 0.1 to 1,000 requests per second.';
    case 'containers-cheaper':
      return 'At these settings the containers cost less at every rate from 0.1 to 1,000 requests per second.';
    case 'no-data':
      return 'No sweep yet.';
  }
}
