/**
 * Kinesis Data Streams write limits. A provisioned shard takes up to 1 MiB or 1,000 records
 * per second, whichever comes first; a write above either fails with
 * ProvisionedThroughputExceededException (the producer sees it; nothing is stored). A record
 * goes to the shard that owns the MD5 hash of its partition key. An on-demand stream starts
 * with a write capacity of 4 MiB/s and 4,000 records/s and grows with traffic.
 *
 * Sources (read 2026-12): Amazon Kinesis Data Streams Developer Guide, "Quotas and limits"
 * (1 MB/s and 1,000 records/s per shard for writes; 2 MB/s reads), "Choose the data stream
 * capacity mode" (on-demand: 4 MB/s and 4,000 records/s at creation, scales up to double the
 * peak of the previous 30 days).
 *
 * Model assumptions: limits are counted in fixed one-second windows; partition keys are spread
 * over shards by an even hash (not MD5); an on-demand stream keeps its starting capacity
 * for the length of a run (a run is far shorter than the 30 days its scaling looks back on)
 * and is modelled as that many equal virtual shards.
 */

export const SHARD_WRITE = { recordsPerSec: 1_000, kbPerSec: 1_024 } as const;
export const ON_DEMAND_START = { recordsPerSec: 4_000, kbPerSec: 4_096 } as const;

export type CapacityMode = 'provisioned' | 'on-demand';

/** Shards the model uses: the configured count, or on-demand's starting capacity in shards. */
export function effectiveShards(mode: CapacityMode, shards: number): number {
  if (mode === 'on-demand') return ON_DEMAND_START.recordsPerSec / SHARD_WRITE.recordsPerSec;
  return Math.max(1, Math.floor(shards));
}

/** A stable, even spread of partition keys over shards (FNV-1a, model stand-in for MD5). */
export function shardOf(partitionKey: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < partitionKey.length; i++) {
    h ^= partitionKey.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

/** Per-shard write counters for the current second. */
export class ShardWriteLimits {
  private readonly window: Int32Array;
  private readonly records: Float64Array;
  private readonly kb: Float64Array;
  /** Writes refused with ProvisionedThroughputExceeded, per shard. */
  readonly exceeded: Float64Array;

  constructor(readonly shards: number) {
    this.window = new Int32Array(shards).fill(-1);
    this.records = new Float64Array(shards);
    this.kb = new Float64Array(shards);
    this.exceeded = new Float64Array(shards);
  }

  /** Stores a record of `kb` on `shard` at `nowMs`, or refuses it (false) above a limit. */
  write(shard: number, kb: number, nowMs: number): boolean {
    const w = Math.floor(nowMs / 1000);
    if (this.window[shard] !== w) {
      this.window[shard] = w;
      this.records[shard] = 0;
      this.kb[shard] = 0;
    }
    const records = (this.records[shard] as number) + 1;
    const size = (this.kb[shard] as number) + kb;
    if (records > SHARD_WRITE.recordsPerSec || size > SHARD_WRITE.kbPerSec) {
      this.exceeded[shard] = (this.exceeded[shard] as number) + 1;
      return false;
    }
    this.records[shard] = records;
    this.kb[shard] = size;
    return true;
  }

  /** Records and KB accepted by `shard` in the second that holds `nowMs`. */
  used(shard: number, nowMs: number): { records: number; kb: number } {
    if (this.window[shard] !== Math.floor(nowMs / 1000)) return { records: 0, kb: 0 };
    return { records: this.records[shard] as number, kb: this.kb[shard] as number };
  }

  get totalExceeded(): number {
    let n = 0;
    for (const e of this.exceeded) n += e;
    return n;
  }
}
