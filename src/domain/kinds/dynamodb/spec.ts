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
    // Capacity (Developer Guide, "Read/write capacity mode" and "Service quotas", read 2026-12):
    // on-demand serves any rate up to the table quota; a provisioned table serves its RCU/WCU a
    // second, with up to 300 s of unused capacity kept as burst, and throttles above that.
    {
      type: 'enum',
      key: 'capacityMode',
      label: 'Capacity mode',
      help: 'On-demand: pay per request, no capacity to plan. Provisioned: pay per hour for the reads and writes a second you set; above them (and the saved burst) requests are throttled.',
      options: [
        { value: 'on-demand', label: 'On-demand' },
        { value: 'provisioned', label: 'Provisioned' },
      ],
      default: 'on-demand',
    },
    {
      type: 'number',
      key: 'writeCapacity',
      label: 'Write capacity',
      unit: 'WCU',
      min: 1,
      max: 40000,
      integer: true,
      limitReason: 'a provisioned table needs at least 1 unit; 40,000 is the default table quota',
      help: 'Writes of 1 KB a second the table serves; a larger item uses one unit per started KB.',
      default: 5,
      visibleWhen: { key: 'capacityMode', oneOf: ['provisioned'] },
    },
    {
      type: 'number',
      key: 'readCapacity',
      label: 'Read capacity',
      unit: 'RCU',
      min: 1,
      max: 40000,
      integer: true,
      limitReason: 'a provisioned table needs at least 1 unit; 40,000 is the default table quota',
      help: 'Strongly consistent reads of 4 KB a second the table serves (eventually consistent reads use half a unit).',
      default: 5,
      visibleWhen: { key: 'capacityMode', oneOf: ['provisioned'] },
    },
    {
      type: 'enum',
      key: 'readConsistency',
      label: 'Reads',
      help: 'A strongly consistent read uses one read unit per started 4 KB of item; an eventually consistent read half of that.',
      options: [
        { value: 'strong', label: 'Strongly consistent' },
        { value: 'eventual', label: 'Eventually consistent' },
      ],
      default: 'strong',
    },
  ],
} as const satisfies KindSpec;
