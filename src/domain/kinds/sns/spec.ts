/**
 * Limits from the AWS quota pages of the service (2025–2026 copies); latencies are model
 * assumptions ("single-digit milliseconds" is how AWS describes DynamoDB).
 */
import type { KindSpec } from '../../catalog/types.ts';

export const sns = {
  id: 'sns',
  label: 'Amazon SNS',
  shortLabel: 'SNS',
  group: 'service',
  summary:
    'Publish/subscribe topics: one message in, a copy delivered to every subscriber (fan-out).',
  icon: 'topic',
  color: '#E7157B',
  conceptSlug: 'amazon-sns',
  cloudFormationType: 'AWS::SNS::Topic',
  invocationModel: 'async',
  hasTraffic: false,
  fields: [
    {
      type: 'enum',
      key: 'topicType',
      label: 'Topic type',
      help: 'FIFO topics keep order and drop duplicates. They deliver in order to SQS FIFO queues; standard queues can subscribe too, but lose the order.',
      options: [
        { value: 'standard', label: 'Standard' },
        { value: 'fifo', label: 'FIFO' },
      ],
      default: 'standard',
    },
  ],
} as const satisfies KindSpec;
