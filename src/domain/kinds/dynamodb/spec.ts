/**
 * Limits from the AWS quota pages of the service (2025–2026 copies); latencies are model
 * assumptions ("single-digit milliseconds" is how AWS describes DynamoDB).
 */
import type { KindSpec } from '../../catalog/types.ts';

export const dynamodb = {
  id: 'dynamodb',
  label: 'Amazon DynamoDB',
  shortLabel: 'DynamoDB',
  group: 'service',
  summary:
    'A key-value and document database, billed per read and write on demand; can stream its changes.',
  icon: 'table',
  color: '#2E27AD',
  conceptSlug: 'amazon-dynamodb',
  cloudFormationType: 'AWS::DynamoDB::Table',
  invocationModel: 'poll',
  hasTraffic: false,
  fields: [
    {
      type: 'boolean',
      key: 'stream',
      label: 'Stream',
      help: 'DynamoDB Streams records every change; a Lambda function can process the stream.',
      default: false,
    },
    {
      type: 'number',
      key: 'itemKb',
      label: 'Item size',
      unit: 'KB',
      min: 0.1,
      max: 400,
      limitReason: 'DynamoDB items are at most 400 KB',
      help: 'A write uses one write unit per KB; a strong read one read unit per 4 KB.',
      default: 1,
    },
    {
      type: 'number',
      key: 'latencyMs',
      label: 'Request latency',
      unit: 'ms',
      min: 1,
      max: 1000,
      limitReason: 'a model assumption',
      help: 'Time a read or write takes ("single-digit milliseconds", as AWS describes it).',
      default: 6,
    },
    {
      type: 'number',
      key: 'storageGb',
      label: 'Data stored',
      unit: 'GB',
      min: 0,
      max: 1000000,
      limitReason: 'a sensible model range',
      help: 'For the storage cost; the first 25 GB a month are free.',
      default: 1,
    },
  ],
} as const satisfies KindSpec;
