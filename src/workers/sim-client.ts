/**
 * The page's way to run a simulation: in a Web Worker when the browser has them, otherwise on
 * the main thread in slices (same results — the engine is deterministic however it is sliced).
 */
import type { SimOptions, SimResult } from '../domain/sim/index.ts';
import type { FromWorker, RunProgress, ToWorker } from './sim-protocol.ts';
import { CancelledError, InvalidScenarioError, runInSlices } from './sim-runner.ts';

export interface SimulationHandle {
  /** Resolves with the result; rejects with CancelledError or InvalidScenarioError. */
  result: Promise<SimResult>;
  cancel(): void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  {
    resolve: (r: SimResult) => void;
    reject: (e: Error) => void;
    onProgress?: (p: RunProgress) => void;
  }
>();

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      const entry = pending.get(message.id);
      if (!entry) return;
      if (message.type === 'progress') return entry.onProgress?.(message);
      pending.delete(message.id);
      if (message.type === 'result') entry.resolve(message.result);
      else if (message.type === 'cancelled') entry.reject(new CancelledError());
      else entry.reject(new InvalidScenarioError(message.errors));
    };
  }
  return worker;
}

/**
 * @example
 *   const run = startSimulation(scenario, { trace: true }, (p) => setProgress(p.progress));
 *   stopButton.onclick = () => run.cancel();
 *   const result = await run.result;
 */
export function startSimulation(
  scenario: unknown,
  options: SimOptions = {},
  onProgress?: (p: RunProgress) => void,
): SimulationHandle {
  const w = getWorker();
  if (!w) {
    const controller = new AbortController();
    return {
      result: runInSlices(scenario, options, { signal: controller.signal, onProgress }),
      cancel: () => controller.abort(),
    };
  }
  const id = nextId++;
  const result = new Promise<SimResult>((resolve, reject) =>
    pending.set(id, { resolve, reject, onProgress }),
  );
  w.postMessage({ type: 'run', id, scenario, options } satisfies ToWorker);
  return { result, cancel: () => w.postMessage({ type: 'cancel', id } satisfies ToWorker) };
}
