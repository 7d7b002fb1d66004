/**
 * A stream in a run: shard write limits refuse writes above 1,000 records/s (or 1 MiB/s) with
 * ProvisionedThroughputExceeded, one batch per shard (per lane with a parallelization factor)
 * is read at a time, and the iterator age grows when the consumer falls behind (model.ts, built
 * from shard-limits.ts and shard-consumer.ts).
 */
import fc from 'fast-check';
import type { ConfigValue } from '../../catalog/index.ts';
import { compile } from '../../sim/compile.ts';
import { Engine } from '../../sim/engine.ts';
import { buildScenario } from '../../sim/fixtures.ts';
import { createModels } from '../../sim/models.ts';
import { simulate } from '../../sim/simulate.ts';
import { KINESIS_PRICES } from './prices.ts';
import type { KinesisModel } from './model.ts';
import { SHARD_WRITE } from './shard-limits.ts';

function producerStream(
  stream: Record<string, ConfigValue>,
  ratePerSec: number,
  durationSec: number,
  payloadKb = 0.5,
  seed = 42,
  workMs = 50,
) {
  return buildScenario({
    nodes: [
      ['vans', 'custom-event', { source: 'iot' }],
      ['positions', 'kinesis', stream],
      ['fn', 'lambda', { memoryMb: 512, timeoutSec: 60, durationModel: 'work', workMs }],
    ],
    edges: [
      ['vans', 'positions'],
      ['positions', 'fn'],
    ],
    traffic: { vans: { pattern: 'steady', ratePerSec, payloadKb } },
    settings: { durationSec, seed },
  });
}

function run(scenario: ReturnType<typeof producerStream>) {
  const model = compile(scenario, scenario.settings.durationSec * 1000, scenario.settings.seed);
  const engine = new Engine(
    model,
    { buckets: 60, maxEvents: 20_000_000, trace: null },
    createModels,
  );
  engine.run();
  const stream = engine.models[1] as KinesisModel;
  return { stream, result: simulate(scenario) };
}

describe('Kinesis shards in a run', () => {
  it('one shard at ~1,500 records/s for 60 s accepts exactly 1,000 a second (hand-computed)', () => {
    // By hand: one shard takes 1,000 records a second, so in 60 one-second windows it accepts
    // 60 × 1,000 = 60,000 records (Poisson arrivals at 1,500/s always fill every window); the
    // other ≈ 30,000 (1,500 × 60 − 60,000) are refused and counted as shard throttles.
    const { result } = run(producerStream({ shards: 1 }, 1_500, 60));
    const svc = result.services[0]!;
    const q = result.queues[0]!;
    expect(q.received).toBe(60_000);
    // The rest of what the stream took in was still in its few milliseconds of put latency.
    const inPut = svc.handled - 60_000 - svc.shardThrottles!;
    expect(inPut).toBeGreaterThanOrEqual(0);
    expect(inPut).toBeLessThan(30);
    expect(svc.shardThrottles).toBeGreaterThan(28_000);
    expect(svc.shardThrottles).toBeLessThan(32_000);
    expect(result.requests.throttled).toBe(svc.shardThrottles);
  });

  it('by size first with big records: 1 MiB/s is 10 records of 100 KB (hand-computed)', () => {
    // 1,024 KB ÷ 100 KB = 10 records a second; 30 records/s offered for 20 s → 200 accepted.
    const { result } = run(producerStream({ shards: 1 }, 30, 20, 100));
    expect(result.queues[0]!.received).toBe(200);
  });

  it('the same traffic on two shards is not throttled; on demand has four shards’ capacity', () => {
    const two = run(producerStream({ shards: 2 }, 1_500, 20)).result.services[0]!;
    expect(two.shardThrottles).toBeUndefined();
    const od = run(producerStream({ capacityMode: 'on-demand' }, 3_000, 20)).result;
    expect(od.services[0]!.shardThrottles).toBeUndefined();
    const lines = od.cost!.total.lines.map((l) => l.item);
    expect(lines).toEqual(expect.arrayContaining(['kinesis.streamHours', 'kinesis.gbIn']));
    expect(lines).not.toContain('kinesis.shardHours');
  });

  it('a slow consumer falls behind and the iterator age grows; a parallelization factor of 10 catches up', () => {
    // One batch of 100 at a time, each run ≥ 400 ms: at most ~250 records/s are read while 600
    // arrive, so the oldest waiting record ages by more than half of the run.
    const slow = run(producerStream({ shards: 1 }, 600, 120, 0.5, 42, 400)).result;
    expect(slow.services[0]!.maxIteratorAgeMs).toBeGreaterThan(60_000);
    const fast = run(
      producerStream({ shards: 1, parallelizationFactor: 10 }, 600, 120, 0.5, 42, 400),
    ).result;
    expect(fast.services[0]!.maxIteratorAgeMs).toBeUndefined();
    expect(fast.queues[0]!.delivered).toBeGreaterThan(slow.queues[0]!.delivered);
  });
});

describe('Kinesis shards: invariants (property)', () => {
  it('no shard accepts more than its limit, and every request ends in one outcome', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 100, max: 3_000 }),
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        (shards, rate, kb, seed) => {
          const durationSec = 5;
          const { stream, result } = run(producerStream({ shards }, rate, durationSec, kb, seed));
          const r = result.requests;
          const perShardLimit = Math.min(
            SHARD_WRITE.recordsPerSec,
            Math.floor(SHARD_WRITE.kbPerSec / kb),
          );
          return (
            r.total === r.succeeded + r.failed + r.throttled + r.deadLettered + r.inFlight &&
            result.queues[0]!.received <= shards * perShardLimit * durationSec &&
            stream.shardThrottles === (result.services[0]!.shardThrottles ?? 0)
          );
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('Kinesis prices in the table', () => {
  it('are the page rates the worked examples use', () => {
    expect(KINESIS_PRICES.shardHour.usd).toBe(0.015);
    expect(KINESIS_PRICES.putPayloadUnits.usd).toBe(0.014);
    expect(KINESIS_PRICES.onDemandStreamHour.usd).toBe(0.04);
  });
});
