/**
 * Messages of the experiment worker. The page sends one `compare` or `sweep` per worker and
 * cancels by terminating the worker (a sweep point is one uninterruptible engine run).
 */
import type { Comparison, ExperimentSettings } from '../domain/crossover/experiment.ts';
import type { SweepPoint } from '../domain/crossover/find.ts';

export type ToExperimentWorker =
  | { type: 'compare'; scenario: unknown; functionId: string; settings: ExperimentSettings }
  | { type: 'sweep'; scenario: unknown; functionId: string; settings: ExperimentSettings };

export type FromExperimentWorker =
  | { type: 'comparison'; comparison: Comparison }
  | { type: 'point'; done: number; total: number; point: SweepPoint }
  | { type: 'swept'; points: SweepPoint[]; ms: number }
  | { type: 'error'; message: string };
