/**
 * DynamoDB capacity: what one request consumes, and what a provisioned table allows.
 *
 * Units (Amazon DynamoDB Developer Guide, "Read/write capacity mode", read 2026-12; the
 * provisioned pricing page says the same): a write uses one unit per started 1 KB of item,
 * a strongly consistent read one unit per started 4 KB, an eventually consistent read half
 * of that, a transactional read or write twice as much.
 *
 * Provisioned tables (Developer Guide, "Burst capacity" and "Throttling"): the table serves
 * its provisioned RCU/WCU per second; unused capacity is kept for up to five minutes
 * (300 seconds) and spent in bursts; a request that finds neither is throttled
 * (ProvisionedThroughputExceededException). On-demand tables serve any rate up to the table
 * quota (40,000 read and 40,000 write request units per second by default).
 *
 * Model assumptions: the burst reserve is a token bucket holding 300 s of provisioned
 * capacity and starts full (a quiet table has saved it); AWS warns burst capacity can also be
 * used for maintenance, so a real table may throttle sooner. A table's reads and writes have
 * separate buckets; partitions and adaptive capacity are not modelled.
 */

export type ReadConsistency = 'eventual' | 'strong' | 'transactional';

export const BURST_SECONDS = 300;
export const ON_DEMAND_TABLE_QUOTA = { readUnitsPerSec: 40_000, writeUnitsPerSec: 40_000 };

/** Write units of one write of an item of `itemKb` (1 KB steps; transactions ×2). */
export function writeUnits(itemKb: number, transactional = false): number {
  return Math.max(1, Math.ceil(itemKb)) * (transactional ? 2 : 1);
}

/** Read units of one read of an item of `itemKb` (4 KB steps; eventual ½, transactional ×2). */
export function readUnits(itemKb: number, consistency: ReadConsistency = 'strong'): number {
  const blocks = Math.max(1, Math.ceil(itemKb / 4));
  return blocks * (consistency === 'eventual' ? 0.5 : consistency === 'transactional' ? 2 : 1);
}

/**
 * One provisioned capacity (reads or writes) with its five-minute burst reserve.
 *
 * @example
 * const w = new ProvisionedCapacity(5); // 5 WCU: 1,500 units saved up
 * w.consume(2, 0)                        // true
 */
export class ProvisionedCapacity {
  private saved: number;
  private at = 0;
  /** Requests refused for want of capacity. */
  throttled = 0;

  constructor(readonly unitsPerSec: number) {
    this.saved = unitsPerSec * BURST_SECONDS;
  }

  /** Units available at `nowMs`: the reserve refilled at the provisioned rate, capped at 300 s. */
  available(nowMs: number): number {
    const refill = (Math.max(0, nowMs - this.at) * this.unitsPerSec) / 1000;
    return Math.min(this.unitsPerSec * BURST_SECONDS, this.saved + refill);
  }

  /** Spends `units` at `nowMs`, or throttles the request (false) when there are not enough. */
  consume(units: number, nowMs: number): boolean {
    this.saved = this.available(nowMs);
    this.at = Math.max(this.at, nowMs);
    if (this.saved < units) {
      this.throttled++;
      return false;
    }
    this.saved -= units;
    return true;
  }
}
