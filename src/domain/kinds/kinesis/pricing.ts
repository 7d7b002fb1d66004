/**
 * Kinesis Data Streams: provisioned shard-hours and PUT payload units, or (on-demand streams)
 * stream-hours and GB written and read.
 */
import { amount, type KindPricing, type Meter } from '../../pricing/kind-pricing.ts';
import { flat } from '../../pricing/tiers.ts';

const KB_PER_GB = 1024 * 1024;

export const kinesisPricing: KindPricing<'kinesis'> = {
  meters(u) {
    const meters: Meter[] = [
      { item: 'kinesis.shardHours', quantity: amount(u.shardHours) },
      { item: 'kinesis.putUnits', quantity: amount(u.putPayloadUnits) },
    ];
    if (u.streamHours !== undefined)
      meters.push(
        { item: 'kinesis.streamHours', quantity: amount(u.streamHours) },
        { item: 'kinesis.gbIn', quantity: amount(u.kbIn) / KB_PER_GB },
        { item: 'kinesis.gbOut', quantity: amount(u.kbOut) / KB_PER_GB },
      );
    return meters;
  },
  rows: (p) => [
    ['kinesis.shardHours', 'Kinesis shard-hours', 'shard-hours', flat(p.kinesis.shardHour)],
    [
      'kinesis.putUnits',
      'Kinesis PUT payload units',
      'units (25 KB)',
      flat(p.kinesis.putPayloadUnits),
    ],
    [
      'kinesis.streamHours',
      'Kinesis on-demand stream-hours',
      'stream-hours',
      flat(p.kinesis.onDemandStreamHour),
    ],
    ['kinesis.gbIn', 'Kinesis on-demand data in', 'GB', flat(p.kinesis.onDemandGbIn)],
    ['kinesis.gbOut', 'Kinesis on-demand data out', 'GB', flat(p.kinesis.onDemandGbOut)],
  ],
};
