/**
 * Reads the settings that decide a cold start from a Lambda node's config (scenario format 2:
 * `runtime`, `packageType`, `architecture`, `packageMb`, `initCodeMs`, `snapStart`). Missing or
 * unknown values fall back to the defaults: Node.js, .zip, x86_64, 5 MB, no init code, no
 * SnapStart.
 */
import type { ColdStartSpec } from './cold-start.ts';
import { isArchitecture, isPackageType, isRuntimeFamily } from './runtime-family.ts';

type ConfigLike = Readonly<Record<string, unknown>>;

const numberOr = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;

export function coldStartSpecOf(config: ConfigLike): ColdStartSpec {
  return {
    runtime: isRuntimeFamily(config.runtime) ? config.runtime : 'nodejs',
    packageType: isPackageType(config.packageType) ? config.packageType : 'zip',
    architecture: isArchitecture(config.architecture) ? config.architecture : 'x86_64',
    packageMb: numberOr(config.packageMb, 5),
    initCodeMs: numberOr(config.initCodeMs, 0),
    snapStart: config.snapStart === true,
  };
}
