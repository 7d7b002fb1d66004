/**
 * Messages between the page and the simulation worker. The page sends `run` and may send
 * `cancel`; the worker answers with `progress` (about every slice), then exactly one of
 * `result`, `error` or `cancelled` for that run id.
 */
import type { SimOptions, SimResult } from '../domain/sim/index.ts';

export type ToWorker =
  | { type: 'run'; id: number; scenario: unknown; options: SimOptions }
  | { type: 'cancel'; id: number };

export type FromWorker =
  | { type: 'progress'; id: number; progress: number; simulatedMs: number; events: number }
  | { type: 'result'; id: number; result: SimResult }
  | { type: 'error'; id: number; errors: string[] }
  | { type: 'cancelled'; id: number };

export interface RunProgress {
  /** Share of simulated time done, 0..1. */
  progress: number;
  simulatedMs: number;
  events: number;
}
