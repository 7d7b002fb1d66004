/**
 * One cold start, in the parts a caller waits for:
 *   environment start (placing, creating the microVM, fetching code; not billed)
 * + INIT (runtime start, measured per runtime × package × architecture, plus loading a larger
 *   package, plus the function's own init code; billed since 2025-08-01)
 * or, with SnapStart, a restore from the snapshot in place of both.
 */
import type { Rng } from '../../sim/rng.ts';
import { drawEnvironmentStart } from './environment-start.ts';
import { drawRuntimeInit, initMixture } from './init-distribution.ts';
import type { Architecture, PackageType, RuntimeFamily } from './runtime-family.ts';
import { drawRestore, snapStartApplies } from './snapstart-restore.ts';

/** INIT of on-demand functions is capped at 10 s (AWS Lambda Developer Guide, execution environment lifecycle). */
export const INIT_LIMIT_MS = 10_000;

/**
 * Extra INIT per MB of package: a larger .zip has more to unpack and import (AWS Operator Guide
 * names package size as a cold-start factor). The slopes are model assumptions: a full 250 MB
 * .zip adds about 1 s; images are loaded lazily, so 10 GB adds about 5 s.
 */
export const INIT_MS_PER_MB = { zip: 4, image: 0.5 } as const;

export interface ColdStartSpec {
  runtime: RuntimeFamily;
  packageType: PackageType;
  architecture: Architecture;
  packageMb: number;
  /** The function's own initialisation (SDK clients, connections, frameworks), ms. */
  initCodeMs: number;
  snapStart: boolean;
}

export interface ColdStartParts {
  /** Before INIT, not billed (0 with SnapStart: the restore includes it). */
  environmentMs: number;
  /** INIT, billed (0 with SnapStart). */
  initMs: number;
  /** Restore from a SnapStart snapshot (0 without). */
  restoreMs: number;
  /** What the caller waited for before the handler started. */
  totalMs: number;
}

/** Whether this function's cold starts are SnapStart restores. */
export function usesSnapStart(spec: ColdStartSpec): boolean {
  return spec.snapStart && snapStartApplies(spec.runtime, spec.packageType);
}

export function drawColdStart(spec: ColdStartSpec, rng: Rng): ColdStartParts {
  if (usesSnapStart(spec)) {
    const restoreMs = drawRestore(rng);
    return { environmentMs: 0, initMs: 0, restoreMs, totalMs: restoreMs };
  }
  const environmentMs = drawEnvironmentStart(spec.packageType, rng);
  const runtimeMs = drawRuntimeInit(
    initMixture(spec.runtime, spec.packageType, spec.architecture),
    rng,
  );
  const initMs = Math.min(
    INIT_LIMIT_MS,
    runtimeMs + INIT_MS_PER_MB[spec.packageType] * spec.packageMb + spec.initCodeMs,
  );
  return { environmentMs, initMs, restoreMs: 0, totalMs: environmentMs + initMs };
}
