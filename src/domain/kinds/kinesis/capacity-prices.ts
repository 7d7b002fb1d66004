/**
 * Kinesis Data Streams bills for both capacity modes, each line rounded to the cent the way AWS
 * prints its examples, at the rates of `prices.ts`: provisioned shard-hours and PUT payload
 * units (one per started 25 KB of record); on-demand stream-hours, GB written (each record
 * rounded up to 1 KB) and GB read. The Cost tab prices a run through the same rates
 * (`pricing.ts`); these functions are the worked-example form used by the tests.
 */
import { KINESIS_PRICES as P } from './prices.ts';

const GB_KB = 1024 * 1024;

const cents = (usd: number) => Math.round(usd * 100 + 1e-9) / 100;

export interface KinesisLine {
  item: string;
  usd: number;
}

/** PUT payload units of one record: one per started 25 KB. */
export function putPayloadUnits(recordKb: number): number {
  return Math.max(1, Math.ceil(recordKb / P.putPayloadUnitKb.quantity));
}

/** KB an on-demand stream bills for one record: its size rounded up to the next 1 KB. */
export function onDemandRecordKb(recordKb: number): number {
  const step = P.onDemandRecordKb.quantity;
  return Math.max(1, Math.ceil(recordKb / step)) * step;
}

/** A provisioned stream: shard-hours and PUT payload units. */
export function provisionedBill(shards: number, hours: number, records: number, recordKb: number) {
  const lines: KinesisLine[] = [
    { item: 'shard-hours', usd: cents(shards * hours * P.shardHour.usd) },
    {
      item: 'PUT payload units',
      usd: cents(
        ((records * putPayloadUnits(recordKb)) / P.putPayloadUnits.per) * P.putPayloadUnits.usd,
      ),
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
  const gbIn = (records * onDemandRecordKb(recordKb)) / GB_KB;
  const lines: KinesisLine[] = [
    { item: 'stream-hours', usd: cents(streams * hours * P.onDemandStreamHour.usd) },
    { item: 'data in', usd: cents(gbIn * P.onDemandGbIn.usd) },
    { item: 'data out', usd: cents(gbIn * readsPerRecord * P.onDemandGbOut.usd) },
  ];
  return { lines, usd: cents(lines.reduce((s, l) => s + l.usd, 0)) };
}
