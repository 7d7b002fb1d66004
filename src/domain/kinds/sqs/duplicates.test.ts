/**
 * SQS standard, at-least-once made visible: a batch still running when its visibility timeout
 * ends is delivered a second time while the first run goes on (model.ts, visibility.ts).
 */
import fc from 'fast-check';
import { buildScenario } from '../../sim/fixtures.ts';
import { simulate } from '../../sim/simulate.ts';
import { HAPPENING, type Trace } from '../../sim/trace.ts';
import type { ConfigValue } from '../../catalog/index.ts';
import { duplicateDeliveryTimes } from './visibility.ts';

function happenings(trace: Trace, kind: number): { t: number; value: number }[] {
  const hp = trace.happenings;
  const out: { t: number; value: number }[] = [];
  for (let i = 0; i < hp.count; i++)
    if (hp.kind[i] === kind) out.push({ t: hp.t[i] as number, value: hp.value[i] as number });
  return out;
}

/** One message (the schedule fires once an hour, at the start) into a queue read by `fn`. */
function oneMessage(queue: Record<string, ConfigValue>, fn: Record<string, ConfigValue>) {
  return simulate(
    buildScenario({
      nodes: [
        ['tick', 'schedule', { expression: 'rate(1 hour)' }],
        ['q', 'sqs', queue],
        ['fn', 'lambda', { memoryMb: 1769, durationModel: 'work', ...fn }],
      ],
      edges: [
        ['tick', 'q'],
        ['q', 'fn'],
      ],
      settings: { durationSec: 300 },
    }),
    { trace: true },
  );
}

describe('SQS: a run that outlives the visibility timeout', () => {
  it('is delivered again every 30 s until the third receive, then dead-lettered', () => {
    // By hand: received at r (receive 1); the run takes 70 s, longer than the 30 s visibility
    // timeout, so at r + 30 s the message is visible again and delivered a second time
    // (receive 2) while run 1 goes on; run 2 also takes 70 s, so at r + 60 s it comes back
    // (receive 3); at r + 90 s receive 3 has run out too and maxReceiveCount 3 sends it to the
    // dead-letter queue. 3 invocations, 2 duplicate deliveries, 1 dead letter, none deleted —
    // although no run failed. visibility.ts gives the same times for the first run.
    expect(duplicateDeliveryTimes(70_000, 30_000, 3)).toEqual([30_000, 60_000]);
    const r = oneMessage(
      { visibilityTimeoutSec: 30, maxReceiveCount: 3 },
      { workMs: 70_000, timeoutSec: 120 },
    );
    const q = r.queues[0]!;
    expect(q).toMatchObject({
      received: 1,
      delivered: 0,
      deadLettered: 1,
      duplicatesDelivered: 2,
      finalDepth: 0,
    });
    expect(r.functions[0]!.invocations).toBe(3);
    expect(r.functions[0]!.errors).toBe(0);
    expect(r.requests).toMatchObject({ total: 1, deadLettered: 1, inFlight: 0 });
    const twice = happenings(r.trace!, HAPPENING.deliveredTwice);
    expect(twice.map((h) => h.value)).toEqual([2, 3]);
    const dead = happenings(r.trace!, HAPPENING.deadLettered);
    expect(dead).toHaveLength(1);
    const first = twice[0]!.t - 30_000; // receive 1
    expect(twice.map((h) => h.t - first)).toEqual([30_000, 60_000]);
    expect(dead[0]!.t - first).toBe(90_000);
  });

  it('is delivered once when the visibility timeout outlasts the run', () => {
    const r = oneMessage(
      { visibilityTimeoutSec: 90, maxReceiveCount: 3 },
      { workMs: 70_000, timeoutSec: 80 },
    );
    expect(r.queues[0]).toMatchObject({ received: 1, delivered: 1, deadLettered: 0 });
    expect(r.queues[0]!.duplicatesDelivered).toBeUndefined();
    expect(r.functions[0]!.invocations).toBe(1);
    expect(happenings(r.trace!, HAPPENING.deliveredTwice)).toHaveLength(0);
  });

  it('keeps every message and every request accounted for', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        fc.record({
          visibilityTimeoutSec: fc.integer({ min: 1, max: 20 }),
          maxReceiveCount: fc.integer({ min: 1, max: 5 }),
          deadLetterQueue: fc.boolean(),
          batchSize: fc.integer({ min: 1, max: 10 }),
        }),
        fc.record({
          workMs: fc.constantFrom(500, 5000, 15_000),
          timeoutSec: fc.constantFrom(3, 10, 30),
          reservedConcurrency: fc.constantFrom(null, 2),
        }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 1000 }),
        (queue, fn, ratePerSec, seed) => {
          const r = simulate(
            buildScenario({
              nodes: [
                ['app', 'custom-event'],
                ['q', 'sqs', queue],
                ['fn', 'lambda', { memoryMb: 1769, durationModel: 'work', ...fn }],
              ],
              edges: [
                ['app', 'q'],
                ['q', 'fn'],
              ],
              traffic: { app: { ratePerSec } },
              settings: { durationSec: 60, seed },
            }),
            { trace: true },
          );
          const q = r.queues[0]!;
          // A message is deleted, dead-lettered or still in the queue (visible or in flight);
          // a second delivery is the same message, never a new one.
          expect(q.delivered + q.deadLettered + q.finalDepth).toBe(q.received);
          const rq = r.requests;
          expect(rq.succeeded + rq.failed + rq.throttled + rq.deadLettered + rq.inFlight).toBe(
            rq.total,
          );
          const twice = happenings(r.trace!, HAPPENING.deliveredTwice);
          expect(twice.length).toBe(q.duplicatesDelivered ?? 0);
          for (const h of twice) {
            expect(h.value).toBeGreaterThanOrEqual(2);
            if (queue.deadLetterQueue) expect(h.value).toBeLessThanOrEqual(queue.maxReceiveCount);
          }
          // Without throttles holding batches back, only a run that can outlive the
          // visibility timeout is ever delivered twice.
          if (fn.reservedConcurrency === null && fn.timeoutSec + 1 < queue.visibilityTimeoutSec)
            expect(twice).toHaveLength(0);
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** One message into a queue drained by Fargate worker tasks (scaling off, one task). */
function oneMessageToWorkers(queue: Record<string, ConfigValue>, cpuMs: number) {
  return simulate(
    buildScenario({
      nodes: [
        ['tick', 'schedule', { expression: 'rate(1 hour)' }],
        ['q', 'sqs', queue],
        [
          'workers',
          'fargate',
          {
            vcpu: '0.5',
            memoryGb: 1,
            scaling: 'off',
            minTasks: 1,
            desiredTasks: 1,
            cpuMs,
            waitMs: 0,
          },
        ],
      ],
      edges: [
        ['tick', 'q'],
        ['q', 'workers'],
      ],
      settings: { durationSec: 300 },
    }),
    { trace: true },
  );
}

describe('SQS: Fargate worker tasks and the visibility timeout', () => {
  it('a message still being worked on when its visibility timeout ends is delivered again', () => {
    // 60 s of CPU at 1 vCPU takes 120 s on a 0.5 vCPU task: it outlives a 30 s visibility
    // timeout, as a long function run does.
    const r = oneMessageToWorkers({ visibilityTimeoutSec: 30, maxReceiveCount: 3 }, 60_000);
    const q = r.queues[0]!;
    expect(q.duplicatesDelivered).toBeGreaterThanOrEqual(1);
    expect(happenings(r.trace!, HAPPENING.deliveredTwice).length).toBe(q.duplicatesDelivered);
    expect(q.delivered + q.deadLettered + q.finalDepth).toBe(q.received);
  });

  it('is delivered once when the visibility timeout outlasts the work', () => {
    // 20 s at 1 vCPU is about 40 s on 0.5 vCPU, well inside 120 s.
    const r = oneMessageToWorkers({ visibilityTimeoutSec: 120, maxReceiveCount: 3 }, 20_000);
    expect(r.queues[0]).toMatchObject({ received: 1, delivered: 1, deadLettered: 0 });
    expect(r.queues[0]!.duplicatesDelivered).toBeUndefined();
  });
});
