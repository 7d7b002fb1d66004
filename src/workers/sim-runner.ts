/**
 * The pure part shared by the worker and the main-thread fallback: validates the scenario,
 * runs the engine in slices, reports progress between slices and stops when asked. Between
 * slices it yields to the event loop, so a cancel message (or a click) gets through.
 */
import { parseScenario } from '../domain/diagram/index.ts';
import { createSimulation, type SimOptions, type SimResult } from '../domain/sim/index.ts';
import type { RunProgress } from './sim-protocol.ts';

export interface RunControls {
  onProgress?: (p: RunProgress) => void;
  /** Aborting stops the run at the next slice; the promise rejects with a `CancelledError`. */
  signal?: AbortSignal;
  /** Events per slice (default 250,000: a few tens of milliseconds). */
  sliceEvents?: number;
  /** How to yield between slices (default: a macrotask). */
  yieldNow?: () => Promise<void>;
}

export class CancelledError extends Error {
  constructor() {
    super('The simulation was cancelled.');
    this.name = 'CancelledError';
  }
}

export class InvalidScenarioError extends Error {
  constructor(readonly errors: string[]) {
    super(`The scenario is not valid: ${errors.join(' ')}`);
    this.name = 'InvalidScenarioError';
  }
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs `input` (any JSON — it is validated first) to the end.
 *
 * @example
 *   const controller = new AbortController();
 *   const result = await runInSlices(scenario, { trace: true }, {
 *     signal: controller.signal,
 *     onProgress: (p) => bar.set(p.progress),
 *   });
 */
export async function runInSlices(
  input: unknown,
  options: SimOptions,
  controls: RunControls = {},
): Promise<SimResult> {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new InvalidScenarioError(parsed.errors);
  const run = createSimulation(parsed.scenario, options);
  const slice = controls.sliceEvents ?? 250_000;
  const yieldNow = controls.yieldNow ?? macrotask;
  const durationMs = options.durationMs ?? parsed.scenario.settings.durationSec * 1000;
  let done = false;
  while (!done) {
    if (controls.signal?.aborted) throw new CancelledError();
    done = run.step(slice);
    const progress = run.progress();
    controls.onProgress?.({ progress, simulatedMs: progress * durationMs, events: run.events() });
    if (!done) await yieldNow();
  }
  if (controls.signal?.aborted) throw new CancelledError();
  return run.result();
}

/** Every ArrayBuffer inside a result (series, trace), to transfer instead of copy. */
export function transferablesOf(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) transferablesOf(v, found);
  }
  return [...found];
}
