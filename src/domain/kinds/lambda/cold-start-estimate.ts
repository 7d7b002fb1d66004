/**
 * A typical cold start for a function's settings, for the inspector: the median of each part,
 * from seeded draws of the same distributions the simulation uses.
 */
import { Rng } from '../../sim/rng.ts';
import { drawColdStart, usesSnapStart, type ColdStartSpec } from './cold-start.ts';
import { percentileOf } from './init-summary.ts';

export interface ColdStartEstimate {
  snapStart: boolean;
  environmentMs: number;
  initMs: number;
  restoreMs: number;
  totalMs: number;
}

const SAMPLES = 2001;

export function estimateColdStart(spec: ColdStartSpec): ColdStartEstimate {
  const rng = new Rng(1769);
  const parts = Array.from({ length: SAMPLES }, () => drawColdStart(spec, rng));
  const median = (pick: (p: (typeof parts)[number]) => number) =>
    percentileOf(
      parts.map(pick).sort((a, b) => a - b),
      50,
    );
  return {
    snapStart: usesSnapStart(spec),
    environmentMs: median((p) => p.environmentMs),
    initMs: median((p) => p.initMs),
    restoreMs: median((p) => p.restoreMs),
    totalMs: median((p) => p.totalMs),
  };
}
