/** Running a scenario: all at once (`simulate`) or in slices (`createSimulation`, for workers). */
import type { Scenario } from '../diagram/index.ts';
import { compile } from './compile.ts';
import { priceRun } from './cost.ts';
import { Engine } from './engine.ts';
import { collectMetrics } from './metrics.ts';
import { createModels } from './models.ts';
import { DEFAULT_TRACE_LIMITS } from './trace.ts';
import type { SimOptions, SimResult } from './types.ts';

/** At most this many time-series buckets; 1 s each for runs up to 300 s. */
export const MAX_BUCKETS = 300;
export const DEFAULT_MAX_EVENTS = 100_000_000;

export interface Simulation {
  /** Runs up to `maxEvents` more events; true once the run has reached its end. */
  step(maxEvents: number): boolean;
  /** Share of simulated time done, 0..1. */
  progress(): number;
  /** Events processed so far. */
  events(): number;
  /** Finishes the run if needed and returns its metrics (and trace, if asked for). */
  result(): SimResult;
}

/**
 * Prepares a run of a scenario that has been through `parseScenario` (configs complete).
 *
 * @example
 *   const run = createSimulation(scenario, { trace: true });
 *   while (!run.step(200_000)) report(run.progress());
 *   const result = run.result();
 */
export function createSimulation(scenario: Scenario, options: SimOptions = {}): Simulation {
  const durationMs = options.durationMs ?? scenario.settings.durationSec * 1000;
  const seed = options.seed ?? scenario.settings.seed;
  const buckets =
    options.buckets ?? Math.max(1, Math.min(MAX_BUCKETS, Math.ceil(durationMs / 1000)));
  const model = compile(scenario, durationMs, seed);
  const engine = new Engine(
    model,
    {
      buckets,
      maxEvents: options.maxEvents ?? DEFAULT_MAX_EVENTS,
      trace: options.trace ? { ...DEFAULT_TRACE_LIMITS, ...options.traceLimits } : null,
    },
    createModels,
  );
  let result: SimResult | null = null;
  return {
    step: (maxEvents) => engine.run(maxEvents),
    progress: () => engine.progress(),
    events: () => engine.events,
    result() {
      if (result) return result;
      engine.run();
      const base = collectMetrics(engine);
      const cost = options.cost === false ? null : priceRun(engine, base.usage, base.series);
      const trace = engine.trace?.finish(
        model.nodes.map((n) => n.id),
        model.edges.map((e) => e.id),
        durationMs,
      );
      result = { ...base, cost, trace: trace ?? null };
      return result;
    },
  };
}

/**
 * Runs a scenario to the end.
 *
 * @example
 *   const parsed = parseScenario(json);
 *   if (parsed.ok) {
 *     const r = simulate(parsed.scenario, { seed: 7 });
 *     console.log(r.latency.p99Ms, r.totals.coldStartShare, r.cost?.total.usd);
 *   }
 */
export function simulate(scenario: Scenario, options: SimOptions = {}): SimResult {
  return createSimulation(scenario, options).result();
}
