/**
 * Limits from the AWS quota pages of the service (2025–2026 copies); latencies are model
 * assumptions ("single-digit milliseconds" is how AWS describes DynamoDB).
 */
import type { KindSpec } from '../../catalog/types.ts';

export const sqs = {
  id: 'sqs',
  label: 'Amazon SQS',
  shortLabel: 'SQS',
  group: 'service',
  summary:
    'A message queue. Lambda polls it in batches, so bursts wait in the queue instead of being throttled.',
  icon: 'queue',
  color: '#E7157B',
  conceptSlug: 'amazon-sqs',
  cloudFormationType: 'AWS::SQS::Queue',
  invocationModel: 'poll',
  hasTraffic: false,
  crossCheck: (config) =>
    config.queueType === 'fifo' && typeof config.batchSize === 'number' && config.batchSize > 10
      ? [{ key: 'batchSize', message: 'A FIFO queue delivers at most 10 messages per batch.' }]
      : [],
  fields: [
    {
      type: 'enum',
      key: 'queueType',
      label: 'Queue type',
      help: 'Standard: nearly unlimited throughput, at-least-once, best-effort order. FIFO: ordered, exactly-once processing.',
      options: [
        { value: 'standard', label: 'Standard' },
        { value: 'fifo', label: 'FIFO' },
      ],
      default: 'standard',
    },
    {
      type: 'number',
      key: 'batchSize',
      label: 'Batch size',
      unit: 'messages',
      min: 1,
      max: 10000,
      integer: true,
      limitReason: 'the SQS event source mapping limit (10 for FIFO)',
      help: 'Most messages Lambda hands to one invocation.',
      default: 10,
    },
    {
      type: 'number',
      key: 'batchWindowSec',
      label: 'Batch window',
      unit: 's',
      min: 0,
      max: 300,
      integer: true,
      limitReason: 'the SQS event source mapping limit',
      help: 'How long the poller may wait to fill a batch.',
      default: 0,
    },
    {
      type: 'number',
      key: 'visibilityTimeoutSec',
      label: 'Visibility timeout',
      unit: 's',
      min: 0,
      max: 43200,
      integer: true,
      limitReason: 'SQS allows at most 12 hours',
      help: 'A received message is hidden this long; if not deleted by then it becomes visible again. AWS advises at least 6× the function timeout.',
      default: 30,
    },
    {
      type: 'number',
      key: 'maxReceiveCount',
      label: 'Max receives',
      unit: 'times',
      min: 1,
      max: 1000,
      integer: true,
      limitReason: 'the SQS redrive policy limit',
      help: 'After this many failed receives, a message moves to the dead-letter queue.',
      default: 3,
    },
    {
      type: 'boolean',
      key: 'deadLetterQueue',
      label: 'Dead-letter queue',
      help: 'Keep messages that failed too often (connect another SQS queue to see them on the canvas).',
      default: true,
    },
    {
      type: 'number',
      key: 'maxConcurrency',
      label: 'Max pollers',
      unit: 'concurrent batches',
      min: 2,
      max: 1000,
      integer: true,
      limitReason: 'the limit of an SQS event source mapping',
      help: 'Upper bound on the concurrent invocations this queue’s event source mapping may start.',
      default: 1000,
    },
  ],
} as const satisfies KindSpec;
