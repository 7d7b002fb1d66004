/**
 * A Lambda node's settings read once, and the draws of INIT and handler durations.
 *
 * Two duration models:
 * - "work" (realistic): the handler needs `workMs` at 1 vCPU; with less than 1,769 MB it gets
 *   proportionally less CPU, so the time is workMs × max(1, 1769 / memory), drawn log-normally
 *   around that; a cold start adds the environment start and INIT (or a SnapStart restore),
 *   drawn as domain/kinds/lambda/cold-start.ts says.
 * - "exponential" (the textbook model of Mahmoudi & Khazaei, SimFaaS): a warm request takes
 *   Exp(warmMeanMs); a request that starts a new environment takes Exp(coldMeanMs) in total.
 *   Nothing else stands in the way: no timeout and no scale-up limit apply in this model.
 */
import { readConfig } from '../../catalog/typed-config.ts';
import type { CompiledNode } from '../../sim/compile.ts';
import { lambda } from './spec.ts';
import { usesSnapStart, type ColdStartSpec } from './cold-start.ts';
import { coldStartSpecOf } from './cold-start-spec.ts';
import { DURATION_SIGMA, FULL_VCPU_MB } from '../../sim/defaults.ts';
import type { Rng } from '../../sim/rng.ts';

export interface LambdaConfig {
  textbook: boolean;
  warmMeanMs: number;
  coldMeanMs: number;
  /** Mean handler time at this memory size. */
  handlerMeanMs: number;
  /** What decides a cold start: runtime, package, architecture, package size, init code, SnapStart. */
  coldStart: ColdStartSpec;
  /** Cold starts are SnapStart restores (SnapStart on, and the runtime and package allow it). */
  snapStart: boolean;
  /** SnapStart's cache and restores are charged (Python and .NET; Java's are free). */
  snapStartCharged: boolean;
  timeoutMs: number;
  /** Probability an invocation fails, 0..1. */
  errorRate: number;
  memoryMb: number;
  architecture: 'x86_64' | 'arm64';
  ephemeralStorageMb: number;
  /** Reserved concurrency, or null to share the account's unreserved pool. */
  reserved: number | null;
  provisioned: number;
  maxRetryAttempts: number;
  /**
   * Response streaming: MB of each streamed response past the first 6 MB (0 when buffered),
   * and the time that part takes at Lambda's 2 MB/s streaming cap, which the invocation lasts
   * (and is billed) longer. "Response streaming for Lambda functions", AWS Lambda Developer
   * Guide (read 2026-12-07): the first 6 MB are uncapped, the rest streams at most 2 MBps.
   */
  streamMbPast6: number;
  streamTailMs: number;
}

const STREAM_UNCAPPED_MB = 6;
const STREAM_CAP_MB_PER_S = 2;

export function readLambdaConfig(node: CompiledNode): LambdaConfig {
  const c = readConfig(lambda, node.config);
  const memoryMb = c.memoryMb;
  const coldStart = coldStartSpecOf(node.config);
  const snapStart = usesSnapStart(coldStart);
  return {
    textbook: c.durationModel === 'exponential',
    warmMeanMs: c.warmMeanMs,
    coldMeanMs: c.coldMeanMs,
    handlerMeanMs: c.workMs * Math.max(1, FULL_VCPU_MB / memoryMb),
    coldStart,
    snapStart,
    snapStartCharged: snapStart && coldStart.runtime !== 'java',
    timeoutMs: c.timeoutSec * 1000,
    errorRate: c.errorRate / 100,
    memoryMb,
    architecture: c.architecture,
    ephemeralStorageMb: c.ephemeralStorageMb,
    reserved: c.reservedConcurrency,
    provisioned: c.provisionedConcurrency,
    maxRetryAttempts: c.maxRetryAttempts,
    ...streaming(c.invokeMode === 'RESPONSE_STREAM' ? c.responseMb : 0),
  };
}

function streaming(responseMb: number): { streamMbPast6: number; streamTailMs: number } {
  const past = Math.max(0, responseMb - STREAM_UNCAPPED_MB);
  return { streamMbPast6: past, streamTailMs: (past / STREAM_CAP_MB_PER_S) * 1000 };
}

/** Handler time (ms) of one invocation, before the calls it makes. */
export function drawHandler(cfg: LambdaConfig, rng: Rng, cold: boolean): number {
  if (cfg.textbook) return rng.exp(cold ? cfg.coldMeanMs : cfg.warmMeanMs);
  return rng.aroundMean(cfg.handlerMeanMs, DURATION_SIGMA);
}

/** What happened to a function's invocations over a run. */
export class LambdaStats {
  invocations = 0;
  coldStarts = 0;
  errors = 0;
  timeouts = 0;
  throttles = 0;
  retries = 0;
  dropped = 0;
  deadLettered = 0;
  /** Invocations refused as part of a recursive loop. */
  loopsStopped = 0;
  durationMs = 0;
  /** INIT of each on-demand cold start (not restores), ms. */
  readonly initSamples: number[] = [];
  /** What callers waited for at each cold start before the handler began (environment + INIT, or restore), ms. */
  readonly coldStartSamples: number[] = [];
  /** Environments resumed from a SnapStart snapshot. */
  restores = 0;
  /** Environments retired at the end of their life (not after idling). */
  recycled = 0;
}
