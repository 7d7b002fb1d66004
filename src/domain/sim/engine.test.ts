/** Behaviour of the platform model on small scenarios, one mechanism per test. */
import { buildScenario } from './fixtures.ts';
import { simulate } from './simulate.ts';
import { HAPPENING } from './trace.ts';

const api = (
  lambda: Record<string, unknown> = {},
  rate = 20,
  apiConfig: Record<string, unknown> = {},
) =>
  buildScenario({
    nodes: [
      ['clients', 'http-clients'],
      ['api', 'api-gateway', apiConfig as never],
      ['fn', 'lambda', lambda as never],
    ],
    edges: [
      ['clients', 'api'],
      ['api', 'fn'],
    ],
    traffic: { clients: { ratePerSec: rate } },
    settings: { durationSec: 120 },
  });

describe('determinism', () => {
  it('gives identical metrics and trace for the same scenario and seed', () => {
    const a = simulate(api({ errorRate: 5 }), { trace: true });
    const b = simulate(api({ errorRate: 5 }), { trace: true });
    expect(b.requests).toEqual(a.requests);
    expect(b.latency).toEqual(a.latency);
    expect(b.functions).toEqual(a.functions);
    expect(b.trace?.tokens.t0).toEqual(a.trace?.tokens.t0);
    expect(b.trace?.happenings.kind).toEqual(a.trace?.happenings.kind);
  });

  it('changes with the seed', () => {
    const a = simulate(api(), { seed: 1 });
    const b = simulate(api(), { seed: 2 });
    expect(b.latency.meanMs).not.toBe(a.latency.meanMs);
  });
});

describe('synchronous invocation', () => {
  it('answers 429 when reserved concurrency is exhausted', () => {
    const r = simulate(api({ reservedConcurrency: 1, workMs: 500, memoryMb: 1769 }, 10));
    expect(r.functions[0]!.throttles).toBeGreaterThan(0);
    expect(r.latency.throttled).toBe(r.functions[0]!.throttles);
    expect(r.requests.throttled).toBe(r.latency.throttled);
    expect(r.functions[0]!.peakEnvironments).toBe(1);
  });

  it("throttles at API Gateway's own token bucket (rate and burst)", () => {
    const r = simulate(api({}, 50, { throttleRps: 10, burst: 5 }));
    const gateway = r.services.find((s) => s.kind === 'api-gateway')!;
    // About 40 of every 50 requests a second find the bucket empty.
    expect(gateway.throttles / gateway.handled).toBeGreaterThan(0.7);
    expect(r.functions[0]!.invocations).toBeLessThanOrEqual(10 * 120 + 5 + 1);
  });

  it('ends a slow invocation at its timeout as an error', () => {
    const r = simulate(api({ timeoutSec: 1, workMs: 5000, memoryMb: 1769 }, 2));
    expect(r.functions[0]!.timeouts).toBe(r.functions[0]!.invocations - inFlightInvocations(r));
    expect(r.latency.errors).toBeGreaterThan(0);
    expect(r.latency.maxMs).toBeLessThan(1000 + 10_000 + 100);
  });

  it("gives up after API Gateway's 29 s integration timeout", () => {
    const r = simulate(api({ timeoutSec: 60, workMs: 40_000, memoryMb: 1769 }, 1));
    const gateway = r.services.find((s) => s.kind === 'api-gateway')!;
    expect(gateway.timeouts).toBeGreaterThan(0);
    // 29 s after the gateway's 10 ms overhead, plus the hops (percentiles are read to < 1 %).
    expect(Math.abs(r.latency.p50Ms - 29_012) / 29_012).toBeLessThan(0.01);
    expect(r.latency.maxMs).toBeLessThan(29_020);
  });

  it('avoids cold starts with provisioned concurrency', () => {
    // About one request in flight on average: ten provisioned environments always suffice.
    const r = simulate(api({ provisionedConcurrency: 10, reservedConcurrency: 20 }, 5));
    expect(r.functions[0]!.coldStarts).toBe(0);
    expect(r.usage.fn).toMatchObject({ kind: 'lambda', provisionedEnvMs: 10 * 120_000 });
    const usage = r.usage.fn as { requests: number; provisionedRequests: number };
    expect(usage.provisionedRequests).toBe(usage.requests);
  });

  it('traces every warm start on a provisioned environment as envBusy, then envIdle', () => {
    const r = simulate(api({ provisionedConcurrency: 10, reservedConcurrency: 20 }, 5), {
      trace: true,
    });
    const hp = r.trace!.happenings;
    const fn = r.trace!.nodeIds.indexOf('fn');
    const count = (kind: number) =>
      hp.kind.filter((k, i) => k === kind && hp.node[i] === fn).length;
    expect(count(HAPPENING.envProvisioned)).toBe(10);
    expect(count(HAPPENING.envBusy)).toBe(r.functions[0]!.invocations);
    expect(count(HAPPENING.envIdle)).toBe((r.usage.fn as { requests: number }).requests);
  });

  it('scales memory: less memory, proportionally slower work', () => {
    const fast = simulate(api({ memoryMb: 1769, workMs: 100 }, 5));
    const slow = simulate(api({ memoryMb: 442, workMs: 100 }, 5));
    expect(slow.functions[0]!.meanDurationMs / fast.functions[0]!.meanDurationMs).toBeGreaterThan(
      3.5,
    );
  });
});

describe('environments', () => {
  it('limits scale-up to 1,000 new environments per 10 s', () => {
    const scenario = buildScenario({
      nodes: [
        ['clients', 'http-clients'],
        ['fn', 'lambda', { workMs: 20_000, memoryMb: 1769, timeoutSec: 60 }],
      ],
      edges: [['clients', 'fn']],
      traffic: { clients: { ratePerSec: 500 } },
      settings: { durationSec: 10, accountConcurrency: 10_000 },
    });
    const r = simulate(scenario);
    // 1,000 at once, then 100 a second: about 2,000 in 10 s, far below 5,000 requests.
    expect(r.functions[0]!.peakEnvironments).toBeGreaterThan(1500);
    expect(r.functions[0]!.peakEnvironments).toBeLessThanOrEqual(2000);
    expect(r.functions[0]!.throttles).toBeGreaterThan(2000);
  });

  it('expires idle environments after the keep-alive', () => {
    const scenario = (keepAliveSec: number) =>
      buildScenario({
        nodes: [
          ['tick', 'schedule', { expression: 'rate(5 minutes)' }],
          ['fn', 'lambda'],
        ],
        edges: [['tick', 'fn']],
        settings: { durationSec: 3600, keepAliveSec },
      });
    expect(simulate(scenario(600)).functions[0]!.coldStarts).toBe(1);
    expect(simulate(scenario(240)).functions[0]!.coldStarts).toBe(12);
  });

  it('bills each invocation rounded up to the billing granularity', () => {
    type LambdaUsage = { billedDurationMs: number; requests: number };
    const run = (billingGranularityMs: 1 | 100) => {
      const scenario = api({ workMs: 30, memoryMb: 1769 }, 5);
      scenario.settings.billingGranularityMs = billingGranularityMs;
      return simulate(scenario, { cost: false }).usage.fn as LambdaUsage;
    };
    const fine = run(1);
    const coarse = run(100);
    expect(fine.billedDurationMs).toBeGreaterThan(20 * fine.requests);
    expect(coarse.billedDurationMs % 100).toBe(0);
    expect(coarse.billedDurationMs).toBeGreaterThanOrEqual(100 * coarse.requests);
    expect(coarse.billedDurationMs).toBeGreaterThan(2 * fine.billedDurationMs);
  });

  it('stops a recursive loop after about 16 invocations', () => {
    // A function that sends to the queue it is triggered by.
    const scenario = buildScenario({
      nodes: [
        ['app', 'custom-event'],
        ['q', 'sqs'],
        ['fn', 'lambda'],
      ],
      edges: [
        ['app', 'q'],
        ['q', 'fn'],
        ['fn', 'q', 'send'],
      ],
      traffic: { app: { ratePerSec: 1 } },
      settings: { durationSec: 300 },
    });
    const r = simulate(scenario);
    // The refused batches fail until SQS moves their messages to the dead-letter queue.
    expect(r.totals.deadLettered).toBeGreaterThan(0);
    expect(r.functions[0]!.invocations).toBeLessThan(17 * r.requests.total);
  });

  it('stops early, and says so, when the event budget runs out', () => {
    const r = simulate(api({}, 50), { maxEvents: 5000 });
    expect(r.stoppedEarlyAtMs).toBeGreaterThan(0);
    expect(r.stoppedEarlyAtMs).toBeLessThan(r.durationMs);
    expect(r.events).toBe(5000);
    const o = r.requests;
    expect(o.succeeded + o.failed + o.throttled + o.deadLettered + o.inFlight).toBe(o.total);
  });
});

function inFlightInvocations(r: ReturnType<typeof simulate>): number {
  return r.functions[0]!.invocations - (r.usage.fn as { requests: number }).requests;
}

describe('cost over time', () => {
  const priced = (freeTier: boolean) =>
    simulate(
      buildScenario({
        nodes: [
          ['clients', 'http-clients'],
          ['api', 'api-gateway'],
          ['fn', 'lambda', { provisionedConcurrency: 1 } as never],
          ['queue', 'sqs'],
        ],
        edges: [
          ['clients', 'api'],
          ['api', 'fn'],
          ['fn', 'queue'],
        ],
        traffic: { clients: { ratePerSec: 20 } },
        settings: { durationSec: 60, freeTier },
      }),
    );

  it('is given per priced node, growing bucket by bucket and adding up to the total', () => {
    const r = priced(false);
    const s = r.series;
    expect(Object.keys(s.costByNode).sort()).toEqual(Object.keys(r.usage).sort());
    for (const [id, column] of Object.entries(s.costByNode)) {
      expect(column.length).toBe(s.costUsd.length);
      for (let k = 1; k < column.length; k++)
        expect(column[k]!).toBeGreaterThanOrEqual(column[k - 1]!);
      expect(column[column.length - 1]).toBeCloseTo(r.cost!.byNode[id]!.usd, 12);
      expect(column[column.length - 1]!).toBeGreaterThan(column[0]!);
    }
    s.costUsd.forEach((total, k) => {
      const sum = Object.values(s.costByNode).reduce((a, column) => a + column[k]!, 0);
      expect(sum).toBeCloseTo(total, 12);
    });
  });

  it('prices each node before the free tier (the account’s), so nodes add up to at least the total', () => {
    const r = priced(true);
    const s = r.series;
    s.costUsd.forEach((total, k) => {
      const sum = Object.values(s.costByNode).reduce((a, column) => a + column[k]!, 0);
      expect(sum).toBeGreaterThanOrEqual(total - 1e-12);
    });
  });
});
