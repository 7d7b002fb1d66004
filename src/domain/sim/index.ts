/**
 * The runtime model: a deterministic discrete-event simulation of a scenario — event sources,
 * Lambda's execution environments (cold / warm, keep-alive, concurrency, scale-up, provisioned
 * concurrency), invocation models (sync, async with retries, poll-based batches) and managed
 * services — producing metrics, usage for pricing, and (optionally) a trace for playback.
 * Pure TypeScript: runs in Node, the page and a Web Worker.
 *
 * @example
 *   import { parseScenario } from '../diagram/index.ts';
 *   import { simulate } from './index.ts';
 *
 *   const parsed = parseScenario(JSON.parse(text));
 *   if (parsed.ok) {
 *     const result = simulate(parsed.scenario, { seed: 42, trace: true });
 *     result.requests;            // { total, succeeded, failed, throttled, deadLettered, inFlight }
 *     result.latency.p99Ms;       // end-to-end latency of synchronous requests
 *     result.functions[0]?.coldStartShare;
 *     result.cost?.total.usd;     // priced with domain/pricing
 *     result.trace?.tokens.count; // what the playback draws
 *   }
 */

/** Run a scenario: `simulate` at once, `createSimulation` in slices (progress, cancel). */
export { simulate, createSimulation, MAX_BUCKETS, type Simulation } from './simulate.ts';
/** The textbook model (Mahmoudi & Khazaei / SimFaaS) on the same engine. */
export { simulateTextbook, type TextbookRun, type TextbookResult } from './textbook.ts';
/** Scenarios built in code (the textbook model; test-only ones are in test-support/). */
export {
  buildScenario,
  textbookScenario,
  type ScenarioSpec,
  type TextbookParams,
} from './fixtures.ts';
/** Options and results. */
export type {
  SimOptions,
  SimResult,
  RequestOutcomes,
  Totals,
  SyncLatency,
  FunctionMetrics,
  QueueMetrics,
  ServiceMetrics,
  SeriesMetrics,
  NodeSeries,
  CostSummary,
} from './types.ts';
export type { LatencySummary } from './latency.ts';
/** The playback trace: typed-array columns, documented in trace.ts. */
export {
  TOKEN_CLASS,
  TOKEN_FLAG,
  HAPPENING,
  REQUEST_OUTCOME,
  DEFAULT_TRACE_LIMITS,
  type Trace,
  type TraceTokens,
  type TraceHappenings,
  type TraceLimits,
} from './trace.ts';
/** The model's assumptions and their sources (cold starts per runtime, scale-up, retries…). */
export * as SIM_DEFAULTS from './defaults.ts';
/** Traffic generators and schedule firing times, for charts and previews. */
export { Arrivals } from './arrivals.ts';
export { scheduleTimes, SIM_EPOCH_UTC } from './schedule-times.ts';
export { Rng } from './rng.ts';
