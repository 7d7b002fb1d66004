/**
 * Limits from the AWS quota pages of the service (2025–2026 copies); latencies are model
 * assumptions ("single-digit milliseconds" is how AWS describes DynamoDB).
 */
import type { KindSpec } from '../../catalog/types.ts';

export const s3 = {
  id: 's3',
  label: 'Amazon S3',
  shortLabel: 'S3',
  group: 'service',
  summary:
    'Object storage. Putting an object can send an event notification that invokes a function.',
  icon: 'bucket',
  color: '#3F8624',
  conceptSlug: 'amazon-s3',
  cloudFormationType: 'AWS::S3::Bucket',
  invocationModel: 'async',
  hasTraffic: false,
  fields: [
    {
      type: 'number',
      key: 'storageGb',
      label: 'Data stored',
      unit: 'GB',
      min: 0,
      max: 5000000,
      limitReason: 'a sensible model range',
      help: 'Average data kept in the bucket over the month (S3 Standard), for the storage cost.',
      default: 1,
    },
  ],
} as const satisfies KindSpec;
