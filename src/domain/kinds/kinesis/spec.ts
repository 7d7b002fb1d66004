/**
 * Limits from the AWS quota pages of the service (2025–2026 copies); latencies are model
 * assumptions ("single-digit milliseconds" is how AWS describes DynamoDB).
 */
import type { KindSpec } from '../../catalog/types.ts';

export const kinesis = {
  id: 'kinesis',
  label: 'Amazon Kinesis Data Streams',
  shortLabel: 'Kinesis',
  group: 'service',
  summary:
    'An ordered, sharded stream of records; Lambda reads each shard in order, one batch at a time.',
  icon: 'stream',
  color: '#8C4FFF',
  conceptSlug: 'amazon-kinesis',
  cloudFormationType: 'AWS::Kinesis::Stream',
  invocationModel: 'poll',
  hasTraffic: false,
  fields: [
    {
      type: 'number',
      key: 'shards',
      label: 'Shards',
      unit: 'shards',
      min: 1,
      max: 500,
      integer: true,
      limitReason: 'the range this explorer models; AWS allows more on request',
      help: 'Each shard takes up to 1,000 records/s in and is read by one batch at a time.',
      default: 1,
    },
    {
      type: 'number',
      key: 'batchSize',
      label: 'Batch size',
      unit: 'records',
      min: 1,
      max: 10000,
      integer: true,
      limitReason: 'the Kinesis event source mapping limit',
      help: 'Most records Lambda hands to one invocation.',
      default: 100,
    },
    // Capacity modes and the per-shard write limit: Kinesis Data Streams Developer Guide,
    // "Quotas and limits" and "Choose the data stream capacity mode" (read 2026-12).
    {
      type: 'enum',
      key: 'capacityMode',
      label: 'Capacity mode',
      help: 'Provisioned: the shards you set, each taking 1 MB/s or 1,000 records/s; writes above that fail. On-demand: Kinesis manages the shards (it starts with the write capacity of four), billed per GB.',
      options: [
        { value: 'provisioned', label: 'Provisioned' },
        { value: 'on-demand', label: 'On-demand' },
      ],
      default: 'provisioned',
    },
    {
      type: 'number',
      key: 'parallelizationFactor',
      label: 'Parallelization factor',
      unit: 'batches per shard',
      min: 1,
      max: 10,
      integer: true,
      limitReason: 'the Kinesis event source mapping limit',
      help: 'How many batches of one shard a function may process at once; records with the same partition key stay in order.',
      default: 1,
    },
  ],
} as const satisfies KindSpec;
