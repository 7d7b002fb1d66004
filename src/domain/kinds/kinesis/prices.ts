/**
 * Amazon Kinesis Data Streams, us-east-1, https://aws.amazon.com/kinesis/data-streams/pricing/.
 * Provisioned ("Provisioned" tab; secondary copy, undated): per shard-hour and per million PUT
 * payload units of 25 KB. On-demand ("On-Demand" tab, page copy read 2026-12; the November 2021
 * launch rates, not re-checked against the Price List): per stream-hour, per GB written (each
 * record rounded up to 1 KB) and per GB read.
 */
import { SOURCES } from '../../pricing/sources.ts';
import type { PriceTable } from '../../pricing/types.ts';

const KDS = { source: SOURCES.kinesis, asOf: 'undated', confidence: 'secondary' } as const;
const ON_DEMAND = {
  source: SOURCES.kinesis,
  asOf: 'page copy read 2026-12',
  confidence: 'official',
} as const;

/** The rates, with their dates. */
export const KINESIS_PRICES: PriceTable['kinesis'] = {
  shardHour: { ...KDS, usd: 0.015, per: 1, unit: 'per shard-hour' },
  putPayloadUnits: { ...KDS, usd: 0.014, per: 1_000_000, unit: 'per 1M PUT payload units' },
  putPayloadUnitKb: { ...KDS, quantity: 25, unit: 'KB per PUT payload unit' },
  onDemandStreamHour: { ...ON_DEMAND, usd: 0.04, per: 1, unit: 'per stream-hour (on-demand)' },
  onDemandGbIn: { ...ON_DEMAND, usd: 0.08, per: 1, unit: 'per GB written (on-demand)' },
  onDemandGbOut: { ...ON_DEMAND, usd: 0.04, per: 1, unit: 'per GB read (on-demand)' },
  onDemandRecordKb: { ...ON_DEMAND, quantity: 1, unit: 'KB: each record rounded up to it' },
};
