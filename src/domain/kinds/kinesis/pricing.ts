/** Kinesis Data Streams (provisioned): shard-hours and PUT payload units. */
import { amount, type KindPricing } from '../../pricing/kind-pricing.ts';
import { flat } from '../../pricing/tiers.ts';

export const kinesisPricing: KindPricing<'kinesis'> = {
  meters: (u) => [
    { item: 'kinesis.shardHours', quantity: amount(u.shardHours) },
    { item: 'kinesis.putUnits', quantity: amount(u.putPayloadUnits) },
  ],
  rows: (p) => [
    ['kinesis.shardHours', 'Kinesis shard-hours', 'shard-hours', flat(p.kinesis.shardHour)],
    [
      'kinesis.putUnits',
      'Kinesis PUT payload units',
      'units (25 KB)',
      flat(p.kinesis.putPayloadUnits),
    ],
  ],
};
