/**
 * A provisioned table in a run: reads and writes consume units (item size rounded up), the
 * table throttles above its capacity once the five-minute burst is spent, a function's SDK
 * retries a throttled call with back-off and the call fails after the third attempt
 * (model.ts, built from capacity.ts and sdk-retries.ts).
 */
import fc from 'fast-check';
import type { ConfigValue } from '../../catalog/index.ts';
import { compile } from '../../sim/compile.ts';
import { Engine } from '../../sim/engine.ts';
import { buildScenario } from '../../sim/fixtures.ts';
import { createModels } from '../../sim/models.ts';
import { simulate } from '../../sim/simulate.ts';
import { HAPPENING } from '../../sim/trace.ts';
import { DYNAMODB_PRICES } from './prices.ts';
import type { DynamoDbModel } from './model.ts';

/** Clients → a function that writes (or reads) one item per call → the table. */
function writer(
  table: Record<string, ConfigValue>,
  ratePerSec: number,
  durationSec: number,
  seed = 42,
  variant = 'write',
) {
  return buildScenario({
    nodes: [
      ['clients', 'http-clients'],
      ['fn', 'lambda', { memoryMb: 1024, durationModel: 'work', workMs: 20 }],
      ['table', 'dynamodb', table],
    ],
    edges: [
      ['clients', 'fn', 'function-url'],
      ['fn', 'table', variant],
    ],
    traffic: { clients: { pattern: 'steady', ratePerSec } },
    settings: { durationSec, seed },
  });
}

/** Runs a scenario and hands back the table's model as well as the metrics. */
function run(scenario: ReturnType<typeof writer>) {
  const model = compile(scenario, scenario.settings.durationSec * 1000, scenario.settings.seed);
  const engine = new Engine(
    model,
    { buckets: 60, maxEvents: 10_000_000, trace: null },
    createModels,
  );
  engine.run();
  const table = engine.models[model.nodes.findIndex((n) => n.id === 'table')] as DynamoDbModel;
  return { table, result: simulate(scenario, { trace: true }) };
}

describe('DynamoDB provisioned capacity in a run', () => {
  it('20 writes/s of 2.5 KB against 15 WCU for 120 s (hand-computed)', () => {
    // By hand: a 2.5 KB item takes 3 WCU (1 KB steps), so 20 writes/s want 60 units a second
    // against 15 provisioned. The table starts with 300 s × 15 = 4,500 units saved; it drains
    // at 60 − 15 = 45 a second, so it lasts 100 s. In 120 s the table can serve at most
    // 4,500 + 15 × 120 = 6,300 units = 2,100 writes; about 2,400 calls arrive, so about 300
    // fail, each after three throttled attempts (two SDK retries).
    const { table, result } = run(
      writer({ capacityMode: 'provisioned', writeCapacity: 15, itemKb: 2.5 }, 20, 120),
    );
    const cap = table.capacity!;
    expect(cap.consumedWrite % 3).toBe(0);
    const served = cap.consumedWrite / 3;
    expect(served).toBeLessThanOrEqual(2_100);
    expect(served).toBeGreaterThanOrEqual(2_095); // demand never lets saved units pile up

    const svc = result.services.find((s) => s.nodeId === 'table')!;
    const fn = result.functions[0]!;
    // Every throttled attempt either got an SDK retry or ended the call.
    expect(svc.throttles).toBe((svc.sdkRetries ?? 0) + svc.failed);
    expect(svc.sdkRetries ?? 0).toBeGreaterThanOrEqual(2 * svc.failed);
    // A call the SDK gave up on fails the invocation that made it.
    expect(fn.errors).toBe(svc.failed);
    expect(svc.failed).toBeGreaterThan(200);
    expect(svc.failed).toBeLessThan(400);
    // What is left was still in flight (waiting for a retry or an answer) at the end.
    expect(svc.handled - served - svc.failed).toBeGreaterThanOrEqual(0);
    expect(svc.handled - served - svc.failed).toBeLessThan(20);

    // The first throttle comes when the burst runs out, about 100 s in.
    const hp = result.trace!.happenings;
    let first = Infinity;
    for (let i = 0; i < hp.count; i++)
      if (hp.kind[i] === HAPPENING.throttled) first = Math.min(first, hp.t[i] as number);
    expect(first).toBeGreaterThan(85_000);
    expect(first).toBeLessThan(115_000);

    // Provisioned pricing: 15 WCU + 5 RCU held for 120 s; no request units billed.
    const u = result.usage.table as { writeUnits: number; wcuHours?: number; rcuHours?: number };
    expect(u.writeUnits).toBe(0);
    expect(u.wcuHours).toBeCloseTo((15 * 120) / 3600, 9);
    expect(u.rcuHours).toBeCloseTo((5 * 120) / 3600, 9);
  });

  it('the same traffic on demand is never throttled and bills 3 write request units a write', () => {
    const r = simulate(writer({ itemKb: 2.5 }, 20, 120));
    const svc = r.services.find((s) => s.nodeId === 'table')!;
    expect(svc).toMatchObject({ throttles: 0, failed: 0 });
    expect(svc.sdkRetries).toBeUndefined();
    expect((r.usage.table as { writeUnits: number }).writeUnits).toBe(3 * svc.handled);
  });

  it('an eventually consistent read of a 6 KB item uses one RCU (4 KB steps, halved)', () => {
    const { table } = run(
      writer(
        { capacityMode: 'provisioned', readCapacity: 100, itemKb: 6, readConsistency: 'eventual' },
        5,
        30,
        7,
        'read',
      ),
    );
    expect(table.capacity!.consumedRead).toBe(table.stats.reads);
    expect(table.throttles).toBe(0);
  });

  it('a provisioned run is priced in WCU- and RCU-hours at the page rates', () => {
    const r = simulate(
      writer({ capacityMode: 'provisioned', writeCapacity: 100, readCapacity: 200 }, 1, 3600),
      {
        seed: 1,
      },
    );
    const lines = r.cost!.total.lines.filter((l) => l.item.startsWith('dynamodb.'));
    const w = lines.find((l) => l.item === 'dynamodb.wcuHours')!;
    const rd = lines.find((l) => l.item === 'dynamodb.rcuHours')!;
    // One hour of 100 WCU and 200 RCU: 100 × $0.00065 and 200 × $0.00013 (free tier off).
    expect(w.quantity).toBeCloseTo(100, 6);
    expect(w.usd).toBeCloseTo(100 * DYNAMODB_PRICES.wcuHour.usd, 9);
    expect(rd.usd).toBeCloseTo(200 * DYNAMODB_PRICES.rcuHour.usd, 9);
    expect(lines.some((l) => l.item === 'dynamodb.writes')).toBe(false);
  });
});

describe('DynamoDB provisioned capacity: invariants (property)', () => {
  it('every call ends once, and the table never serves more than its capacity plus burst', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        (wcu, rate, itemKb, seed) => {
          const durationSec = 40;
          const s = writer(
            { capacityMode: 'provisioned', writeCapacity: wcu, itemKb },
            rate,
            durationSec,
            seed,
          );
          const { table, result } = run(s);
          const r = result.requests;
          const svc = result.services.find((x) => x.nodeId === 'table')!;
          return (
            r.total === r.succeeded + r.failed + r.throttled + r.deadLettered + r.inFlight &&
            table.capacity!.consumedWrite <= wcu * (300 + durationSec) + 1e-9 &&
            svc.throttles === (svc.sdkRetries ?? 0) + svc.failed
          );
        },
      ),
      { numRuns: 25 },
    );
  });
});
