/**
 * Execution environments do not live forever. AWS says Lambda periodically retires environments,
 * even ones in continuous use, to apply runtime updates and maintenance (AWS Lambda Operator
 * Guide, "Lambda execution environments"), without saying how often. A public experiment found
 * busy environments replaced after about two hours (Xebia, "AWS Lambda terminates instances
 * preemptively", xebia.com, read 2026).
 *
 * Model assumption anchored on that observation: each environment gets a lifetime drawn
 * uniformly between 90 and 150 minutes when it starts (mean 2 h; the spread keeps a fleet from
 * retiring all at once). When it is reached the environment is retired as soon as it is idle,
 * so steady traffic still meets an occasional cold start.
 */
import type { Rng } from '../../sim/rng.ts';

export const RECYCLING = {
  minLifetimeMs: 90 * 60_000,
  maxLifetimeMs: 150 * 60_000,
  assumption: true,
} as const;

export function drawLifetime(rng: Rng): number {
  return RECYCLING.minLifetimeMs + rng.next() * (RECYCLING.maxLifetimeMs - RECYCLING.minLifetimeMs);
}
