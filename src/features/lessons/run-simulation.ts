/**
 * Runs the simulation for a "Check my work". The engine is imported on first use, so it stays
 * out of the first load; the run goes in slices with a pause between them, so the page keeps
 * answering (and showing progress) while a large scenario runs on the main thread.
 */
import type { Scenario } from '../../domain/diagram/index.ts';
import type { SimResult } from '../../domain/sim/types.ts';
import { groupDigits } from '../../domain/format/numbers.ts';

/** Events per slice: a few milliseconds of work on an ordinary laptop. */
const SLICE = 40_000;
/** Requests one check may simulate; beyond this a run takes too long to wait for. */
export const MAX_CHECK_REQUESTS = 2_000_000;

/** Expected requests of a run: each source's mean rate × the simulated time. */
export function expectedRequests(scenario: Scenario): number {
  const seconds = scenario.settings.durationSec;
  return Object.values(scenario.traffic).reduce((sum, t) => {
    // Bursts and spikes run at the peak for a tenth of the time; "daily" keeps its mean.
    const mean =
      t.pattern === 'burst' || t.pattern === 'spike'
        ? t.ratePerSec * (1 + 0.1 * (t.peakMultiplier - 1))
        : t.ratePerSec;
    return sum + mean * seconds;
  }, 0);
}

export class RunTooBig extends Error {}

export async function runSimulation(
  scenario: Scenario,
  onProgress?: (share: number) => void,
  signal?: AbortSignal,
): Promise<SimResult> {
  const expected = expectedRequests(scenario);
  if (expected > MAX_CHECK_REQUESTS) {
    throw new RunTooBig(
      `This run would simulate about ${groupDigits(Math.round(expected))} requests, too many to check here. Lower the rate or the simulated time.`,
    );
  }
  const { createSimulation } = await import('../../domain/sim/index.ts');
  const run = createSimulation(scenario);
  while (!run.step(SLICE)) {
    if (signal?.aborted) throw new DOMException('The check was cancelled.', 'AbortError');
    onProgress?.(run.progress());
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return run.result();
}
