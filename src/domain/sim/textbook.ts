/**
 * The textbook model of serverless performance (Mahmoudi & Khazaei, "Performance Modeling of
 * Serverless Computing Platforms", IEEE TCC; their simulator SimFaaS), run on the same engine
 * as every scenario: Poisson arrivals straight into one function, exponential warm and cold
 * response times, one request per instance, the newest idle instance served first, a fixed
 * expiration threshold after an instance's last request, and rejection without retry when
 * every instance up to the concurrency limit is busy.
 */
import { textbookScenario, type TextbookParams } from './fixtures.ts';
import { simulate } from './simulate.ts';
import type { SimResult } from './types.ts';

export interface TextbookRun extends TextbookParams {
  /** Simulated time; or give `requests` for about that many arrivals. */
  durationMs?: number;
  requests?: number;
}

export interface TextbookResult {
  /** Cold starts ÷ all arrivals (rejected ones included, as SimFaaS counts). */
  coldStartProbability: number;
  /** Rejections ÷ all arrivals. */
  rejectionProbability: number;
  /** Time-averaged number of instances (busy + idle), busy and idle. */
  avgInstances: number;
  avgBusy: number;
  avgIdle: number;
  /** Arrivals during the run. */
  requests: number;
  coldStarts: number;
  rejections: number;
  /** Mean response time of accepted requests (ms). */
  meanResponseMs: number;
  result: SimResult;
}

/**
 * @example
 *   // SimFaaS's README example: λ = 0.9/s, warm 1.991 s, cold 2.244 s, threshold 600 s
 *   const r = simulateTextbook({ arrivalRate: 0.9, warmMeanMs: 1991, coldMeanMs: 2244,
 *     keepAliveMs: 600_000, durationMs: 1e9, seed: 1 });
 *   r.avgInstances; // ≈ 7.7
 */
export function simulateTextbook(run: TextbookRun): TextbookResult {
  const durationMs = run.durationMs ?? ((run.requests ?? 1_000_000) / run.arrivalRate) * 1000;
  const scenario = textbookScenario(run);
  const result = simulate(scenario, { durationMs, seed: run.seed ?? 1, buckets: 100, cost: false });
  const fn = result.functions[0];
  const requests = result.requests.total;
  const coldStarts = fn?.coldStarts ?? 0;
  const rejections = fn?.throttles ?? 0;
  const avgInstances = fn?.avgEnvironments ?? 0;
  const avgBusy = fn?.avgConcurrency ?? 0;
  return {
    coldStartProbability: requests > 0 ? coldStarts / requests : 0,
    rejectionProbability: requests > 0 ? rejections / requests : 0,
    avgInstances,
    avgBusy,
    avgIdle: avgInstances - avgBusy,
    requests,
    coldStarts,
    rejections,
    meanResponseMs: fn?.meanDurationMs ?? 0,
    result,
  };
}
