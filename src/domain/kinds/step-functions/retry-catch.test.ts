/**
 * Step Functions Retry and Catch in the engine (model.ts with state-language.ts): a failed task
 * is retried with back-off, at most MaxAttempts times, then caught to the fallback state.
 */
import fc from 'fast-check';
import { buildScenario } from '../../sim/fixtures.ts';
import { simulate } from '../../sim/simulate.ts';
import { HAPPENING, type Trace } from '../../sim/trace.ts';
import type { ConfigValue } from '../../catalog/index.ts';

function happenings(trace: Trace, kind: number, node: number) {
  const hp = trace.happenings;
  const out: { t: number; ref: number; value: number }[] = [];
  for (let i = 0; i < hp.count; i++)
    if (hp.kind[i] === kind && hp.node[i] === node)
      out.push({ t: hp.t[i] as number, ref: hp.ref[i] as number, value: hp.value[i] as number });
  return out;
}

/** One execution (a schedule firing once) of charge → refund, charge always failing. */
function oneOrder(workflow: Record<string, ConfigValue>) {
  return simulate(
    buildScenario({
      nodes: [
        ['tick', 'schedule', { expression: 'rate(1 hour)' }],
        ['flow', 'step-functions', workflow],
        ['charge', 'lambda', { memoryMb: 1769, workMs: 200, errorRate: 100, timeoutSec: 3 }],
        ['refund', 'lambda', { memoryMb: 1769, workMs: 200, timeoutSec: 3 }],
      ],
      edges: [
        ['tick', 'flow'],
        ['flow', 'charge'],
        ['flow', 'refund'],
      ],
      settings: { durationSec: 60 },
    }),
    { trace: true },
  );
}

describe('Step Functions Retry and Catch (hand-worked)', () => {
  const retry = { retryMaxAttempts: 2, retryIntervalSec: 1, retryBackoffRate: 2 };

  it('retries twice (after 1 s, then 2 s), then the Catch runs the refund: 4 transitions', () => {
    // By hand: Charge is entered (transition 1) and fails after ~0.2 s; the retrier waits
    // IntervalSeconds 1 s (retry 1, transition 2), it fails again, waits 1 × 2 = 2 s (retry 2,
    // transition 3), fails a third time: MaxAttempts 2 is spent, so the Catch sends the
    // execution to Refund (transition 4), which succeeds: the execution succeeds.
    const r = oneOrder({ ...retry, catchFallback: true });
    expect(r.services[0]).toMatchObject({
      handled: 1,
      failed: 0,
      workflowRetries: 2,
      caughtFailures: 1,
    });
    expect(r.usage.flow).toMatchObject({ transitions: 4 });
    expect(r.functions.map((f) => f.invocations)).toEqual([3, 1]);
    expect(r.requests).toMatchObject({ total: 1, succeeded: 1, failed: 0 });
    const retried = happenings(r.trace!, HAPPENING.retried, 1);
    expect(retried.map((h) => h.value)).toEqual([2, 3]); // attempts 2 and 3
    const caught = happenings(r.trace!, HAPPENING.caught, 1);
    expect(caught).toHaveLength(1);
    // The waits between failures are the back-off: about 1 s + 0.2 s, then 2 s + 0.2 s.
    const gap = caught[0]!.t - retried[1]!.t;
    expect(retried[1]!.t - retried[0]!.t).toBeGreaterThan(1_000);
    expect(retried[1]!.t - retried[0]!.t).toBeLessThan(1_600);
    expect(gap).toBeGreaterThan(2_000);
    expect(gap).toBeLessThan(2_600);
  });

  it('without a Catch the execution fails after its retries: 3 transitions, refund never runs', () => {
    const r = oneOrder(retry);
    expect(r.services[0]).toMatchObject({ failed: 1, workflowRetries: 2 });
    expect(r.services[0]!.caughtFailures).toBeUndefined();
    expect(r.usage.flow).toMatchObject({ transitions: 3 });
    expect(r.functions.map((f) => f.invocations)).toEqual([3, 0]);
    expect(r.requests).toMatchObject({ total: 1, failed: 1 });
  });

  it('with the defaults (no Retry, no Catch) a failing task fails the execution at once', () => {
    const r = oneOrder({});
    expect(r.services[0]).toMatchObject({ failed: 1 });
    expect(r.services[0]!.workflowRetries).toBeUndefined();
    expect(r.usage.flow).toMatchObject({ transitions: 1 });
  });
});

describe('Step Functions invariants (property)', () => {
  it(
    'never retries a task more than MaxAttempts times; every request ends once',
    {
      timeout: 120_000,
    },
    () => {
      fc.assert(
        fc.property(
          fc.record({
            retryMaxAttempts: fc.integer({ min: 0, max: 4 }),
            retryIntervalSec: fc.integer({ min: 1, max: 3 }),
            retryBackoffRate: fc.constantFrom(1, 1.5, 2),
            catchFallback: fc.boolean(),
            workflowType: fc.constantFrom('standard', 'express'),
          }),
          fc.constantFrom(0, 30, 80),
          fc.integer({ min: 1, max: 5 }),
          fc.integer({ min: 1, max: 1000 }),
          (workflow, errorRate, ratePerSec, seed) => {
            const r = simulate(
              buildScenario({
                nodes: [
                  ['app', 'custom-event'],
                  ['bus', 'eventbridge'],
                  ['flow', 'step-functions', workflow],
                  ['a', 'lambda', { workMs: 100, errorRate }],
                  ['b', 'lambda', { workMs: 100, errorRate }],
                  ['fallback', 'lambda', { workMs: 100 }],
                ],
                edges: [
                  ['app', 'bus'],
                  ['bus', 'flow'],
                  ['flow', 'a'],
                  ['flow', 'b'],
                  ['flow', 'fallback'],
                ],
                traffic: { app: { ratePerSec } },
                settings: { durationSec: 30, seed },
              }),
              { trace: true },
            );
            const rq = r.requests;
            expect(rq.succeeded + rq.failed + rq.throttled + rq.deadLettered + rq.inFlight).toBe(
              rq.total,
            );
            // Retries per request and task never pass MaxAttempts (attempt numbers 2..Max+1).
            const perReq = new Map<number, number>();
            for (const h of happenings(r.trace!, HAPPENING.retried, 2)) {
              expect(h.value).toBeLessThanOrEqual(workflow.retryMaxAttempts + 1);
              perReq.set(h.ref, (perReq.get(h.ref) ?? 0) + 1);
            }
            const tasks = workflow.catchFallback ? 2 : 3;
            for (const n of perReq.values())
              expect(n).toBeLessThanOrEqual(tasks * workflow.retryMaxAttempts);
            const s = r.services.find((x) => x.nodeId === 'flow')!;
            if (workflow.retryMaxAttempts === 0) expect(s.workflowRetries).toBeUndefined();
            if (!workflow.catchFallback) expect(s.caughtFailures).toBeUndefined();
            // An execution ends once: succeeded, failed or still running.
            expect(s.failed).toBeLessThanOrEqual(s.handled);
          },
        ),
        { numRuns: 40 },
      );
    },
  );
});
