/**
 * Invariants over random scenarios (fast-check): random valid wirings of every kind, random
 * settings and traffic. Whatever the scenario, every request ends in exactly one outcome, no
 * cost is negative, the trace never goes back in time, and environments stay within limits.
 */
import fc from 'fast-check';
import { checkConnection, findRule, type KindId } from '../catalog/index.ts';
import { TRAFFIC_PATTERNS } from '../diagram/index.ts';
import { buildScenario, type ScenarioSpec } from './fixtures.ts';
import { simulate } from './simulate.ts';
import { HAPPENING, REQUEST_OUTCOME } from './trace.ts';

const SOURCES: KindId[] = ['http-clients', 'file-upload', 'schedule', 'custom-event'];
const OTHERS: KindId[] = [
  'lambda',
  'lambda',
  'lambda',
  'api-gateway',
  's3',
  'sns',
  'sqs',
  'dynamodb',
  'eventbridge',
  'step-functions',
  'kinesis',
  'alb',
  'fargate',
];

const lambdaConfig = fc.record({
  errorRate: fc.constantFrom(0, 10, 50, 100),
  reservedConcurrency: fc.constantFrom(null, 0, 1, 3, 50),
  timeoutSec: fc.constantFrom(1, 3, 30),
  workMs: fc.constantFrom(10, 200, 2000),
  memoryMb: fc.constantFrom(128, 1024, 3008),
  durationModel: fc.constantFrom('work', 'work', 'exponential'),
  maxRetryAttempts: fc.integer({ min: 0, max: 2 }),
  provisionedConcurrency: fc.constantFrom(0, 0, 1),
});

const configFor = (kind: KindId) => {
  switch (kind) {
    case 'lambda':
      return lambdaConfig.map((c) => ({
        ...c,
        provisionedConcurrency:
          c.reservedConcurrency === null
            ? c.provisionedConcurrency
            : Math.min(c.provisionedConcurrency, c.reservedConcurrency),
      }));
    case 'sqs':
      return fc.record({
        batchSize: fc.integer({ min: 1, max: 10 }),
        batchWindowSec: fc.constantFrom(0, 1),
        visibilityTimeoutSec: fc.integer({ min: 1, max: 60 }),
        maxReceiveCount: fc.integer({ min: 1, max: 4 }),
        deadLetterQueue: fc.boolean(),
      });
    case 'api-gateway':
      return fc.record({
        throttleRps: fc.constantFrom(5, 10_000),
        burst: fc.constantFrom(2, 5000),
      });
    case 'kinesis':
      return fc.record({
        shards: fc.integer({ min: 1, max: 3 }),
        batchSize: fc.integer({ min: 1, max: 50 }),
      });
    case 'eventbridge':
      return fc.record({ matchPercent: fc.constantFrom(0, 50, 100) });
    case 'dynamodb':
      return fc.record({ stream: fc.boolean() });
    case 'fargate':
      return fc
        .record({
          desiredTasks: fc.integer({ min: 0, max: 3 }),
          maxTasks: fc.integer({ min: 1, max: 4 }),
          perTask: fc.integer({ min: 1, max: 5 }),
          cpuMs: fc.constantFrom(5, 200, 2000),
          scaling: fc.constantFrom('cpu', 'requests', 'backlog', 'off'),
        })
        .map((c) => ({
          ...c,
          desiredTasks: Math.min(c.desiredTasks, c.maxTasks),
          minTasks: Math.min(1, c.desiredTasks, c.maxTasks),
        }));
    case 'schedule':
      return fc.constantFrom(
        { expression: 'rate(1 minute)' },
        { expression: 'cron(0/2 * * * ? *)' },
      );
    default:
      return fc.constant({});
  }
};

/** A random valid scenario: 1–2 sources and 2–6 other nodes, wired only where AWS allows it. */
const scenarioArb = fc
  .record({
    sources: fc.array(fc.constantFrom(...SOURCES), { minLength: 1, maxLength: 2 }),
    others: fc.array(fc.constantFrom(...OTHERS), { minLength: 2, maxLength: 6 }),
    wiring: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 64, maxLength: 64 }),
    variants: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
    rate: fc.double({ min: 0.2, max: 40, noNaN: true }),
    pattern: fc.constantFrom(...TRAFFIC_PATTERNS),
    durationSec: fc.integer({ min: 10, max: 150 }),
    keepAliveSec: fc.constantFrom(0, 5, 600),
    accountConcurrency: fc.constantFrom(5, 1000),
    seed: fc.nat(),
  })
  .chain((p) => {
    const kinds = [...p.sources, ...p.others];
    return fc.tuple(fc.constant(p), fc.tuple(...kinds.map((k) => configFor(k))));
  })
  .map(([p, configs]): ScenarioSpec => {
    const kinds = [...p.sources, ...p.others];
    const ids = kinds.map((k, i) => `${k}-${i}`);
    const edges: ScenarioSpec['edges'] = [];
    let w = 0;
    kinds.forEach((from, i) =>
      kinds.forEach((to, j) => {
        if (i === j || !checkConnection(from, to).ok || (p.wiring[w++ % 64] as number) > 0.6)
          return;
        const variants = findRule(from, to)!.variants;
        edges.push([
          ids[i]!,
          ids[j]!,
          variants[(p.variants[w % 64] as number) % variants.length]!.id,
        ]);
      }),
    );
    const hasTraffic = (k: KindId) =>
      k === 'http-clients' || k === 'file-upload' || k === 'custom-event';
    return {
      nodes: kinds.map((k, i) => [ids[i]!, k, configs[i] as never]),
      edges,
      traffic: Object.fromEntries(
        kinds.flatMap((k, i) =>
          hasTraffic(k)
            ? [[ids[i]!, { ratePerSec: p.rate, pattern: p.pattern, periodSec: 20 }]]
            : [],
        ),
      ),
      settings: {
        durationSec: p.durationSec,
        keepAliveSec: p.keepAliveSec,
        accountConcurrency: p.accountConcurrency,
        seed: p.seed,
      },
    };
  });

/** The first index below `count` where `bad` holds, or -1. */
function firstIndex(count: number, bad: (k: number) => boolean): number {
  for (let k = 0; k < count; k++) if (bad(k)) return k;
  return -1;
}

function firstWhere(values: ArrayLike<number>, bad: (v: number, k: number) => boolean): number {
  return firstIndex(values.length, (k) => bad(values[k]!, k));
}

/**
 * Where two values first differ (a path), or null. Typed arrays are compared as bytes: a
 * generic deep equal walks 100,000-entry trace columns one element at a time, slowly.
 */
function firstDifference(a: unknown, b: unknown, path = 'trace'): string | null {
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b)) return path;
    if (a.constructor !== b.constructor) return path;
    const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    return bytes(a).equals(bytes(b)) ? null : path;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return Object.is(a, b) ? null : path;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const d = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (d) return d;
  }
  return null;
}

describe('invariants over random scenarios', () => {
  it('holds for every scenario', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(scenarioArb, (spec) => {
        const r = simulate(buildScenario(spec), { trace: true, maxEvents: 40_000 });

        // Every request ends in exactly one of the outcomes (or is still in flight).
        const o = r.requests;
        expect(o.succeeded + o.failed + o.throttled + o.deadLettered + o.inFlight).toBe(o.total);
        for (const n of [o.succeeded, o.failed, o.throttled, o.deadLettered, o.inFlight])
          expect(n).toBeGreaterThanOrEqual(0);

        // No cost is negative.
        const cost = r.cost!;
        for (const b of [cost.total, cost.monthly, ...Object.values(cost.byNode)]) {
          expect(b.usd).toBeGreaterThanOrEqual(0);
          for (const line of b.lines) expect(line.usd).toBeGreaterThanOrEqual(0);
        }
        expect(firstWhere(r.series.costUsd, (v) => v < 0)).toBe(-1);

        // Time never goes backwards in the trace. (Checked element by element in plain loops and
        // asserted once: an expect() per token made this test take minutes on a busy machine.)
        const t = r.trace!;
        const tk = t.tokens;
        expect(firstIndex(tk.count, (k) => tk.t1[k]! < tk.t0[k]!)).toBe(-1);
        expect(firstIndex(tk.count, (k) => k > 0 && tk.t0[k]! < tk.t0[k - 1]!)).toBe(-1);
        const ht = t.happenings.t;
        expect(firstIndex(t.happenings.count, (k) => k > 0 && ht[k]! < ht[k - 1]!)).toBe(-1);
        expect(
          t.happenings.count === 0 || t.happenings.t[t.happenings.count - 1]! <= r.durationMs,
        ).toBe(true);

        // Each request that ended has exactly one requestDone, carrying its outcome; every
        // warm start (provisioned or not) is one envBusy.
        const hp = t.happenings;
        const doneCount = new Map<number, number>();
        const byOutcome = [0, 0, 0, 0];
        const busy = new Map<number, number>();
        for (let i = 0; i < hp.count; i++) {
          if (hp.kind[i] === HAPPENING.requestDone) {
            const req = hp.ref[i]!;
            doneCount.set(req, (doneCount.get(req) ?? 0) + 1);
            byOutcome[hp.value[i]!]!++;
          } else if (hp.kind[i] === HAPPENING.envBusy)
            busy.set(hp.node[i]!, (busy.get(hp.node[i]!) ?? 0) + 1);
        }
        for (const n of doneCount.values()) expect(n).toBe(1);
        expect(doneCount.size).toBe(o.total - o.inFlight);
        expect(byOutcome[REQUEST_OUTCOME.succeeded]).toBe(o.succeeded);
        expect(byOutcome[REQUEST_OUTCOME.failed]).toBe(o.failed);
        expect(byOutcome[REQUEST_OUTCOME.throttled]).toBe(o.throttled);
        expect(byOutcome[REQUEST_OUTCOME.deadLettered]).toBe(o.deadLettered);
        for (const f of r.functions)
          expect(busy.get(t.nodeIds.indexOf(f.nodeId)) ?? 0).toBe(f.invocations - f.coldStarts);

        // Cost per node grows over time and, priced before the free tier, adds up to the total
        // (exactly without the free tier).
        const perNode = Object.values(r.series.costByNode);
        const badSum = firstWhere(r.series.costUsd, (total, k) => {
          const sum = perNode.reduce((a, column) => a + column[k]!, 0);
          return cost.options.freeTier ? sum < total - 1e-9 : Math.abs(sum - total) > 5e-10;
        });
        expect(badSum).toBe(-1);
        for (const column of perNode)
          expect(firstWhere(column, (v, k) => k > 0 && v < column[k - 1]!)).toBe(-1);

        // Environments never exceed the limit, and levels are never negative.
        for (const f of r.functions) {
          expect(f.peakEnvironments).toBeLessThanOrEqual(f.concurrencyLimit);
          expect(f.peakConcurrency).toBeLessThanOrEqual(f.concurrencyLimit);
          expect(f.avgEnvironments).toBeGreaterThanOrEqual(-1e-9);
        }
        expect(r.account.peakUnreservedInUse).toBeLessThanOrEqual(r.account.unreservedPool);
        expect(firstWhere(r.series.environments, (v) => v < -1e-9)).toBe(-1);
        for (const q of r.queues) expect(q.finalDepth).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic for any scenario and seed', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenarioArb, (spec) => {
        const scenario = buildScenario(spec);
        const a = simulate(scenario, { trace: true, maxEvents: 100_000 });
        const b = simulate(scenario, { trace: true, maxEvents: 100_000 });
        expect(b.requests).toEqual(a.requests);
        expect(b.totals).toEqual(a.totals);
        expect(firstDifference(b.trace, a.trace)).toBe(null);
      }),
      { numRuns: 25 },
    );
  });
});

describe('firstDifference (the determinism check)', () => {
  it('finds one changed entry of a typed column, a changed number and a missing key', () => {
    const trace = () => ({ tokens: { count: 2, t0: Float64Array.of(1, 2) }, nodeIds: ['a'] });
    expect(firstDifference(trace(), trace())).toBe(null);
    const moved = trace();
    moved.tokens.t0[1] = 2.5;
    expect(firstDifference(moved, trace())).toBe('trace.tokens.t0');
    expect(firstDifference({ ...trace(), tokens: { ...trace().tokens, count: 3 } }, trace())).toBe(
      'trace.tokens.count',
    );
    expect(firstDifference({ tokens: trace().tokens }, trace())).toBe('trace.nodeIds');
  });
});
