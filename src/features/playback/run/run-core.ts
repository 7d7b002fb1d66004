/**
 * Making a run: the engine runs in the simulation worker (src/workers), then the playback's
 * indexes are built here, in steps that each stay well under a frame's long-task budget, so
 * pressing Play never freezes the page. Loaded on demand: it brings the engine's client.
 */
import { parseScenario, type Scenario } from '../../../domain/diagram/index.ts';
import { startSimulation } from '../../../workers/sim-client.ts';
import { CancelledError, InvalidScenarioError } from '../../../workers/sim-runner.ts';
import { buildPlaybackRunInSteps, type PlaybackRun } from '../timeline/playback-run.ts';

/** Playback keeps at most this many tokens and happenings (≈ 90 MB); beyond, the run is cut. */
export const PLAYBACK_TRACE_LIMITS = { maxTokens: 2_000_000, maxHappenings: 2_000_000 };

export type RunOutcome =
  { ok: true; run: PlaybackRun } | { ok: false; cancelled: boolean; error: string };

export interface RunHooks {
  onProgress?: (share: number) => void;
  /** Set once the run should stop; checked between steps. */
  isCancelled: () => boolean;
  /** Called with the worker's own cancel, as soon as there is one. */
  onCancelHandle?: (cancel: () => void) => void;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function makeRun(input: Scenario, hooks: RunHooks): Promise<RunOutcome> {
  const parsed = parseScenario(input);
  if (!parsed.ok) {
    return { ok: false, cancelled: false, error: `The scenario cannot run: ${parsed.errors[0]}` };
  }
  const simulation = startSimulation(
    parsed.scenario,
    { trace: true, traceLimits: PLAYBACK_TRACE_LIMITS },
    (p) => hooks.onProgress?.(p.progress),
  );
  hooks.onCancelHandle?.(simulation.cancel);
  try {
    const result = await simulation.result;
    if (hooks.isCancelled()) return { ok: false, cancelled: true, error: 'Cancelled.' };
    const run = await buildPlaybackRunInSteps(parsed.scenario, result, async () => {
      await nextTask();
      return hooks.isCancelled();
    });
    return run ? { ok: true, run } : { ok: false, cancelled: true, error: 'Cancelled.' };
  } catch (error) {
    if (error instanceof CancelledError) return { ok: false, cancelled: true, error: 'Cancelled.' };
    const reason = error instanceof InvalidScenarioError ? error.errors[0] : String(error);
    return { ok: false, cancelled: false, error: `The simulation failed: ${reason}` };
  }
}
