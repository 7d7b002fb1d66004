/**
 * SQS FIFO in the engine (model.ts with fifo-groups.ts and fifo-limits.ts): order per message
 * group, one batch per group in flight, a failing message blocking its group, deduplication.
 */
import fc from 'fast-check';
import { buildScenario } from '../../sim/fixtures.ts';
import { simulate } from '../../sim/simulate.ts';
import { HAPPENING, type Trace } from '../../sim/trace.ts';
import type { ConfigValue } from '../../catalog/index.ts';

function happenings(trace: Trace, kind: number): { t: number; ref: number; value: number }[] {
  const hp = trace.happenings;
  const out: { t: number; ref: number; value: number }[] = [];
  for (let i = 0; i < hp.count; i++)
    if (hp.kind[i] === kind)
      out.push({ t: hp.t[i] as number, ref: hp.ref[i] as number, value: hp.value[i] as number });
  return out;
}

/** One message a minute (a schedule) into a queue read by `fn`, for `durationSec`. */
function everyMinute(
  queue: Record<string, ConfigValue>,
  fn: Record<string, ConfigValue>,
  durationSec: number,
) {
  return simulate(
    buildScenario({
      nodes: [
        ['tick', 'schedule', { expression: 'rate(1 minute)' }],
        ['q', 'sqs', queue],
        ['fn', 'lambda', { memoryMb: 1769, durationModel: 'work', ...fn }],
      ],
      edges: [
        ['tick', 'q'],
        ['q', 'fn'],
      ],
      settings: { durationSec },
    }),
    { trace: true },
  );
}

describe('SQS FIFO in the engine (hand-worked)', () => {
  it('one group runs its messages one at a time, standard runs them side by side', () => {
    // By hand: messages at 0, 60, …, 540 s (10); runs take about 100 s (more than the 60 s
    // between messages). One group: a batch starts only when the one before it is deleted,
    // so never two runs at once, and every run ends with the next message already waiting:
    // one group wait per delivered message. By 590 s about 5 runs fit (590 / 100). A standard
    // queue runs each message when it comes, up to two at once: about 8–9 finish (the runs of
    // messages 1–9 end by ~580 s).
    const fn = { workMs: 100_000, timeoutSec: 300 };
    const queue = { batchSize: 1, visibilityTimeoutSec: 1800 };
    const fifo = everyMinute({ ...queue, queueType: 'fifo', messageGroups: 1 }, fn, 590);
    const q = fifo.queues[0]!;
    expect(q.received).toBe(10);
    expect(q.delivered).toBeGreaterThanOrEqual(4);
    expect(q.delivered).toBeLessThanOrEqual(6);
    expect(q.fifoGroupWaits).toBe(q.delivered);
    expect(fifo.functions[0]!.peakConcurrency).toBe(1);
    const standard = everyMinute(queue, fn, 590);
    expect(standard.queues[0]!.delivered).toBeGreaterThanOrEqual(q.delivered + 2);
    expect(standard.functions[0]!.peakConcurrency).toBeGreaterThanOrEqual(2);
    expect(standard.queues[0]!.fifoGroupWaits).toBeUndefined();
  });

  it('a failing message blocks its group until it reaches the dead-letter queue', () => {
    // By hand: every run fails after 1 s; visibility 30 s, maxReceiveCount 3. Message 1
    // (0 s) is received at 0, 30 and 60 s and dead-lettered at 90 s; message 2 (60 s) waited
    // behind it (group wait 1), is received at 90, 120, 150 s and dead-lettered at 180 s;
    // message 3 (120 s) waited (group wait 2), is received at 180 s and fails at 181 s. The
    // group is blocked from each first failure: 1–90, 91–180 and 181–200 s (the end): 197 s.
    const r = everyMinute(
      { queueType: 'fifo', messageGroups: 1, batchSize: 1, visibilityTimeoutSec: 30 },
      { workMs: 1_000, timeoutSec: 5, errorRate: 100 },
      200,
    );
    const q = r.queues[0]!;
    expect(q).toMatchObject({ received: 4, delivered: 0, deadLettered: 2, fifoGroupWaits: 2 });
    expect(q.retries).toBe(4);
    // Each first failure comes about 1 s (the run) after its receive: 197 s, give or take.
    expect(q.blockedGroupSec).toBeGreaterThan(195);
    expect(q.blockedGroupSec).toBeLessThan(199);
  });

  it('drops a resent message within the deduplication window', () => {
    // By hand: every sender resends (100 %): 10 messages, 10 copies dropped, 10 stored; each
    // resend is one more billed call. Standard queues ignore the setting.
    const fn = { workMs: 100, timeoutSec: 3 };
    const r = everyMinute({ queueType: 'fifo', resendPercent: 100 }, fn, 590);
    expect(r.queues[0]).toMatchObject({ received: 10, delivered: 10, deduplicated: 10 });
    expect(happenings(r.trace!, HAPPENING.deduplicated)).toHaveLength(10);
  });
});

describe('SQS FIFO invariants (property)', () => {
  it(
    'keeps order per group in the trace and every message and request accounted for',
    {
      timeout: 120_000,
    },
    () => {
      fc.assert(
        fc.property(
          fc.record({
            messageGroups: fc.integer({ min: 1, max: 5 }),
            visibilityTimeoutSec: fc.integer({ min: 2, max: 20 }),
            maxReceiveCount: fc.integer({ min: 1, max: 4 }),
            deadLetterQueue: fc.boolean(),
            batchSize: fc.integer({ min: 1, max: 10 }),
            resendPercent: fc.constantFrom(0, 30),
          }),
          fc.record({
            workMs: fc.constantFrom(200, 1500, 4000),
            errorRate: fc.constantFrom(0, 20, 60),
          }),
          fc.integer({ min: 1, max: 15 }),
          fc.integer({ min: 1, max: 1000 }),
          (queue, fn, ratePerSec, seed) => {
            const r = simulate(
              buildScenario({
                nodes: [
                  ['app', 'custom-event'],
                  ['q', 'sqs', { queueType: 'fifo', ...queue }],
                  [
                    'fn',
                    'lambda',
                    { memoryMb: 1769, durationModel: 'work', timeoutSec: 10, ...fn },
                  ],
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
            expect(q.delivered + q.deadLettered + q.finalDepth).toBe(q.received);
            const rq = r.requests;
            expect(rq.succeeded + rq.failed + rq.throttled + rq.deadLettered + rq.inFlight).toBe(
              rq.total,
            );
            // Order per group: a message is first received only after every earlier message of
            // its group, and once a later message of the group is received an earlier one never
            // comes back.
            const received = happenings(r.trace!, HAPPENING.fifoReceived);
            const highest = new Map<number, number>();
            for (const h of received) {
              const group = h.value % 1024;
              const seq = Math.floor(h.value / 1024);
              const top = highest.get(group) ?? -1;
              if (seq > top) {
                highest.set(group, seq);
                continue;
              }
              // A redelivery: it must belong to the group's latest batch, never behind a later
              // message already received (later messages were not received yet).
              expect(received.some((o) => o.value === h.value && o.t < h.t)).toBe(true);
            }
            // No group had two batches at once: its receives come in batches that end before
            // the next one is received (checked through the group-wait count staying consistent).
            expect(q.fifoGroupWaits ?? 0).toBe(
              happenings(r.trace!, HAPPENING.fifoGroupWait).length,
            );
          },
        ),
        { numRuns: 40 },
      );
    },
  );
});
