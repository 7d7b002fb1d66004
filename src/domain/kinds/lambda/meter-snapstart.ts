/**
 * SnapStart's two meters (AWS Lambda pricing page, https://aws.amazon.com/lambda/pricing/,
 * "Lambda SnapStart pricing", us-east-1, page copy read 2026-12-07):
 * - cache: $0.0000015046 per GB-second of the function's memory, for as long as a published
 *   version with SnapStart is active, with a minimum of 3 hours per version;
 * - restore: $0.0001397998 per GB of memory, each time an execution environment is resumed
 *   from the snapshot.
 * The page notes that SnapStart pricing does not apply to the Java managed runtimes: their
 * snapshots are cached and restored at no charge. Python and .NET pay both meters.
 */
import type { RuntimeFamily } from './runtime-family.ts';

export const SNAPSTART_PRICES = {
  asOf: '2026-12-07 (page copy; AWS pages carry no date)',
  source: 'https://aws.amazon.com/lambda/pricing/',
  cachePerGbSecond: 0.0000015046,
  restorePerGb: 0.0001397998,
  /** A published version is charged for at least 3 hours of cache. */
  minimumCacheSeconds: 3 * 3600,
} as const;

export interface SnapStartUsage {
  runtime: RuntimeFamily;
  memoryMb: number;
  /** Seconds the SnapStart version was active (cached) in the period. */
  activeSeconds: number;
  /** Execution environments resumed from the snapshot. */
  restores: number;
}

export interface MeterLine {
  item: string;
  label: string;
  quantity: number;
  unit: string;
  usd: number;
}

/** Memory in GB as AWS counts it (1 GB = 1,024 MB). */
function gb(memoryMb: number): number {
  return memoryMb / 1024;
}

/** SnapStart's cache and restore lines; none for Java, whose SnapStart carries no charge. */
export function priceSnapStart(usage: SnapStartUsage): MeterLine[] {
  if (usage.runtime === 'java') return [];
  const cacheGbSeconds =
    gb(usage.memoryMb) * Math.max(usage.activeSeconds, SNAPSTART_PRICES.minimumCacheSeconds);
  const restoredGb = gb(usage.memoryMb) * usage.restores;
  return [
    {
      item: 'lambda.snapstart.cache',
      label: 'SnapStart cache',
      quantity: cacheGbSeconds,
      unit: 'GB-s',
      usd: cacheGbSeconds * SNAPSTART_PRICES.cachePerGbSecond,
    },
    {
      item: 'lambda.snapstart.restore',
      label: 'SnapStart restores',
      quantity: restoredGb,
      unit: 'GB restored',
      usd: restoredGb * SNAPSTART_PRICES.restorePerGb,
    },
  ];
}
