/**
 * The playback's way to get a run: `requestRun(scenario)` returns a handle with the finished
 * run (a promise) and `cancel()`. The engine runs in the simulation worker (src/workers);
 * run-core.ts, which talks to it, is loaded on first use so that the engine's client stays
 * out of the page's first load.
 */
import type { Scenario } from '../../../domain/diagram/index.ts';
import type { RunOutcome } from './run-core.ts';

export interface RunHandle {
  result: Promise<RunOutcome>;
  cancel: () => void;
}

/** Starts a run of `scenario`; `onProgress` gets the share of simulated time done. */
export function requestRun(scenario: Scenario, onProgress?: (share: number) => void): RunHandle {
  let cancelled = false;
  let stopWorker: (() => void) | null = null;
  const result = import('./run-core.ts').then(({ makeRun }) =>
    makeRun(scenario, {
      onProgress,
      isCancelled: () => cancelled,
      onCancelHandle: (cancel) => {
        stopWorker = cancel;
        if (cancelled) cancel();
      },
    }),
  );
  return {
    result,
    cancel: () => {
      cancelled = true;
      stopWorker?.();
    },
  };
}
