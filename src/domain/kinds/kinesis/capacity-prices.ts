/**
 * Kinesis Data Streams prices for both capacity modes, us-east-1, each rounded to the cent
 * per line the way AWS prints its examples.
 *
 * Provisioned (aws.amazon.com/kinesis/data-streams/pricing/, "Provisioned" tab; secondary
 * copy, undated — the same rates as pricing/prices-services.ts): $0.015 per shard-hour and
 * $0.014 per million PUT payload units (a record counts one unit per started 25 KB).
 * On-demand (same page, "On-Demand" tab, copy read 2026-12; rates are the November 2021
 * launch rates, not re-checked against the Price List — confidence: page copy): $0.04 per
 * stream-hour, $0.08 per GB written, $0.04 per GB read; each record's size is rounded up to
 * the next 1 KB.
 */

const GB_KB = 1024 * 1024;

export const KINESIS_PRICES = {
  asOf: 'page copy read 2026-12 (provisioned rates undated, secondary)',
  source: 'https://aws.amazon.com/kinesis/data-streams/pricing/',
  provisioned: { shardHour: 0.015, perMillionPutUnits: 0.014, putUnitKb: 25 },
  onDemand: { streamHour: 0.04, perGbIn: 0.08, perGbOut: 0.04, roundToKb: 1 },
} as const;

const cents = (usd: number) => Math.round(usd * 100 + 1e-9) / 100;

export interface KinesisLine {
  item: string;
  usd: number;
}

/** PUT payload units of one record: one per started 25 KB. */
export function putPayloadUnits(recordKb: number): number {
  return Math.max(1, Math.ceil(recordKb / KINESIS_PRICES.provisioned.putUnitKb));
}

/** A provisioned stream: shard-hours and PUT payload units. */
export function provisionedBill(shards: number, hours: number, records: number, recordKb: number) {
  const p = KINESIS_PRICES.provisioned;
  const lines: KinesisLine[] = [
    { item: 'shard-hours', usd: cents(shards * hours * p.shardHour) },
    {
      item: 'PUT payload units',
      usd: cents(((records * putPayloadUnits(recordKb)) / 1e6) * p.perMillionPutUnits),
    },
  ];
  return { lines, usd: cents(lines.reduce((s, l) => s + l.usd, 0)) };
}

/** An on-demand stream: stream-hours, GB written (1 KB rounding per record) and GB read. */
export function onDemandBill(
  streams: number,
  hours: number,
  records: number,
  recordKb: number,
  readsPerRecord: number,
) {
  const p = KINESIS_PRICES.onDemand;
  const gbIn = (records * Math.max(1, Math.ceil(recordKb))) / GB_KB;
  const lines: KinesisLine[] = [
    { item: 'stream-hours', usd: cents(streams * hours * p.streamHour) },
    { item: 'data in', usd: cents(gbIn * p.perGbIn) },
    { item: 'data out', usd: cents(gbIn * readsPerRecord * p.perGbOut) },
  ];
  return { lines, usd: cents(lines.reduce((s, l) => s + l.usd, 0)) };
}
