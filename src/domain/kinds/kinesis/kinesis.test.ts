import fc from 'fast-check';
import { onDemandBill, provisionedBill, putPayloadUnits } from './capacity-prices.ts';
import { afterFailure, iteratorAgeMs, laneOf } from './shard-consumer.ts';
import { effectiveShards, SHARD_WRITE, ShardWriteLimits, shardOf } from './shard-limits.ts';

describe('Kinesis shard write limits', () => {
  it('refuses the 1,001st record in a second with ProvisionedThroughputExceeded (hand-computed)', () => {
    const s = new ShardWriteLimits(1);
    let ok = 0;
    for (let i = 0; i < 1_200; i++) if (s.write(0, 0.5, i / 2)) ok++; // 1,200 records in 0.6 s
    expect(ok).toBe(1_000);
    expect(s.totalExceeded).toBe(200);
    expect(s.write(0, 0.5, 1_000)).toBe(true); // a new second
  });

  it('refuses by size first when records are large: 1 MiB/s is 10 records of 100 KB', () => {
    const s = new ShardWriteLimits(2);
    const accepted = Array.from({ length: 12 }, () => s.write(1, 100, 0)).filter(Boolean);
    expect(accepted).toHaveLength(10); // 10 × 100 KB = 1,000 KB ≤ 1,024; the 11th would be 1,100
    expect(s.exceeded[1]).toBe(2);
    expect(s.exceeded[0]).toBe(0);
  });

  it('on-demand starts with the capacity of four shards', () => {
    expect(effectiveShards('on-demand', 1)).toBe(4);
    expect(effectiveShards('provisioned', 3)).toBe(3);
  });

  it('no shard ever accepts more than its limit in any second (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(
          fc.tuple(
            fc.string({ maxLength: 4 }),
            fc.double({ min: 0.1, max: 300, noNaN: true }),
            fc.integer({ min: 0, max: 40 }),
          ),
          {
            maxLength: 3_000,
          },
        ),
        (shards, writes) => {
          const s = new ShardWriteLimits(shards);
          const seen = new Map<string, { records: number; kb: number }>();
          let t = 0;
          for (const [key, kb, gap] of writes) {
            t += gap;
            const shard = shardOf(key, shards);
            if (!s.write(shard, kb, t)) continue;
            const id = `${shard}:${Math.floor(t / 1000)}`;
            const u = seen.get(id) ?? { records: 0, kb: 0 };
            u.records++;
            u.kb += kb;
            seen.set(id, u);
          }
          for (const u of seen.values())
            if (u.records > SHARD_WRITE.recordsPerSec || u.kb > SHARD_WRITE.kbPerSec + 1e-9)
              return false;
          return true;
        },
      ),
    );
  });
});

describe('Kinesis consumer: lanes, bisect and retries', () => {
  it('a parallelization factor of 3 gives shard 2 the lanes 6, 7, 8, one per key hash', () => {
    expect([0, 1, 2, 3].map((h) => laneOf(2, h, 3))).toEqual([6, 7, 8, 6]);
    expect(laneOf(2, 5, 1)).toBe(2);
  });

  it('bisects a poison batch down to the poison record, then retries it and gives up', () => {
    const policy = { bisectOnError: true, maximumRetryAttempts: 2 };
    // Batch [1..4], record 3 poisoned: [1,2,3,4] → [1,2] ok, [3,4] → [3] fails, [4] ok.
    expect(afterFailure([1, 2, 3, 4], 0, policy)).toEqual({
      action: 'split',
      batches: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(afterFailure([3, 4], 0, policy)).toEqual({ action: 'split', batches: [[3], [4]] });
    expect(afterFailure([3], 0, policy)).toEqual({ action: 'retry', batches: [[3]] });
    expect(afterFailure([3], 1, policy)).toEqual({ action: 'retry', batches: [[3]] });
    expect(afterFailure([3], 2, policy)).toEqual({ action: 'discard', records: [3] });
  });

  it('without bisect a failing batch retries whole; −1 retries forever', () => {
    expect(afterFailure([1, 2], 5, { bisectOnError: false, maximumRetryAttempts: -1 }).action).toBe(
      'retry',
    );
    expect(afterFailure([1, 2], 0, { bisectOnError: false, maximumRetryAttempts: 0 }).action).toBe(
      'discard',
    );
  });

  it('iterator age is the age of the oldest waiting record', () => {
    expect(iteratorAgeMs(1_000, 61_000)).toBe(60_000);
    expect(iteratorAgeMs(undefined, 61_000)).toBe(0);
  });
});

describe('Kinesis prices', () => {
  it("reproduces AWS's provisioned example: 100 records/s of 35 KB, 4 shards, 31 days → $52.14", () => {
    // Shard-hours 4 × 744 × $0.015 = $44.64; 2 PUT units × 267,840,000 records = 535.68M × $0.014 = $7.50.
    expect(putPayloadUnits(35)).toBe(2);
    const bill = provisionedBill(4, 31 * 24, 100 * 86_400 * 31, 35);
    expect(bill.lines.map((l) => l.usd)).toEqual([44.64, 7.5]);
    expect(bill.usd).toBe(52.14);
  });

  it('prices on-demand per stream-hour and per GB (hand-computed; no AWS example reproduced)', () => {
    // 1 stream × 720 h × $0.04 = $28.80; 1,048,576 records of 4.5 KB → 5 KB each = 5 GB in
    // × $0.08 = $0.40; read by 2 consumers = 10 GB × $0.04 = $0.40.
    const bill = onDemandBill(1, 720, 1_048_576, 4.5, 2);
    expect(bill.lines.map((l) => l.usd)).toEqual([28.8, 0.4, 0.4]);
    expect(bill.usd).toBe(29.6);
  });
});
