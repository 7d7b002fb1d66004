import { ALB_TOTALS } from '../kinds/alb/usage.ts';
import { FARGATE_TOTALS } from '../kinds/fargate/usage.ts';
import type { Usage, UsageKind } from './usage.ts';

// Fields that grow with time. Configuration (memory, architecture, queue type) and per-call
// averages (payload sizes) stay as they are when a run is stretched to a month.
const TOTALS: { readonly [K in UsageKind]: readonly string[] } = {
  lambda: [
    'requests',
    'billedDurationMs',
    'initDurationMs',
    'provisionedEnvMs',
    'provisionedBilledDurationMs',
    'provisionedRequests',
  ],
  'api-gateway': ['requests', 'dataTransferOutGb'],
  sqs: ['requests'],
  sns: ['publishes', 'httpDeliveries'],
  dynamodb: ['writeUnits', 'readUnits', 'storageGb'],
  s3: ['putRequests', 'getRequests', 'storageGb'],
  eventbridge: ['events', 'schedulerInvocations'],
  'step-functions': ['transitions', 'requests', 'gbSeconds'],
  kinesis: ['shardHours', 'putPayloadUnits'],
  alb: ALB_TOTALS,
  fargate: FARGATE_TOTALS,
};

/**
 * Multiplies every total of a usage by `factor` (e.g. to stretch 10 simulated minutes to a
 * month); configuration and per-call averages are kept.
 *
 * @example
 * scaleUsage({ kind: 'sqs', queueType: 'standard', requests: 100 }, 3) // → requests: 300
 */
export function scaleUsage<U extends Usage>(usage: U, factor: number): U {
  if (!Number.isFinite(factor) || factor < 0)
    throw new RangeError(`Scale factor must be a finite number ≥ 0, got ${factor}.`);
  // The TOTALS table is keyed by kind, so a string-keyed copy is the simplest honest type here.
  const scaled: Record<string, unknown> = { ...usage };
  for (const key of TOTALS[usage.kind]) {
    const value = scaled[key];
    if (typeof value === 'number') scaled[key] = value * factor;
  }
  return scaled as U;
}
