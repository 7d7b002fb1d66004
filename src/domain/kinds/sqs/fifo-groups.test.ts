import fc from 'fast-check';
import { FifoGroups } from './fifo-groups.ts';
import { DedupWindow, fifoMessagesPerSecond, PerSecondCap } from './fifo-limits.ts';

describe('SQS FIFO message groups', () => {
  it('sends one batch per group at a time, groups in turn (hand-worked)', () => {
    const q = new FifoGroups();
    // Group 1: messages 10, 11, 12; group 2: messages 20, 21.
    for (const [g, m] of [
      [1, 10],
      [2, 20],
      [1, 11],
      [1, 12],
      [2, 21],
    ] as const)
      q.push(g, m);
    expect(q.take(2)).toEqual({ group: 1, messages: [10, 11] });
    expect(q.take(2)).toEqual({ group: 2, messages: [20, 21] });
    // Message 12 waits: group 1 has a batch in flight.
    expect(q.take(2)).toBeNull();
    expect(q.groupWaits).toBe(0);
    q.done(1); // a batch of group 1 was held back: one group wait
    expect(q.groupWaits).toBe(1);
    expect(q.length).toBe(1);
    expect(q.take(2)).toEqual({ group: 1, messages: [12] });
  });

  it('a failing batch goes back to the head of its group and blocks it', () => {
    const q = new FifoGroups();
    for (const m of [1, 2, 3]) q.push(7, m);
    const first = q.take(1);
    expect(first?.messages).toEqual([1]);
    q.push(7, 4);
    q.failed(7, [1]);
    // The same message again, before 2, 3 and 4.
    expect(q.take(1)?.messages).toEqual([1]);
    q.failed(7, []); // dead-lettered this time: the group moves on
    expect(q.take(10)?.messages).toEqual([2, 3, 4]);
  });

  it('keeps order per group whatever the interleaving of sends and failures (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.integer({ min: 1, max: 4 })),
          {
            minLength: 1,
            maxLength: 200,
          },
        ),
        (steps) => {
          const q = new FifoGroups();
          const delivered = new Map<number, number[]>();
          const inFlight: { group: number; messages: number[] }[] = [];
          let next = 0;
          for (const [group, fail, size] of steps) {
            q.push(group, next++);
            const b = q.take(size);
            if (b) inFlight.push(b);
            const done = inFlight.shift();
            if (!done) continue;
            if (fail) q.failed(done.group, done.messages);
            else {
              q.done(done.group);
              delivered.set(done.group, [...(delivered.get(done.group) ?? []), ...done.messages]);
            }
          }
          // Messages of a group were numbered in send order: delivered order must be ascending.
          for (const list of delivered.values())
            for (let i = 1; i < list.length; i++)
              if ((list[i] as number) <= (list[i - 1] as number)) return false;
          return true;
        },
      ),
    );
  });
});

describe('SQS FIFO limits', () => {
  it('drops a repeated deduplication ID for five minutes, then accepts it again', () => {
    const d = new DedupWindow();
    expect(d.accept('order-1', 0)).toBe(true);
    expect(d.accept('order-1', 299_999)).toBe(false);
    expect(d.accept('order-2', 299_999)).toBe(true);
    expect(d.accept('order-1', 300_000)).toBe(true);
  });

  it('caps sends at 300 per second without high throughput, 70,000 with it', () => {
    expect(fifoMessagesPerSecond(false)).toBe(300);
    expect(fifoMessagesPerSecond(false, 10)).toBe(3_000);
    expect(fifoMessagesPerSecond(true)).toBe(70_000);
    const cap = new PerSecondCap(300);
    let ok = 0;
    for (let i = 0; i < 400; i++) if (cap.take(i)) ok++; // 400 sends within 0.4 s
    expect(ok).toBe(300);
    expect(cap.take(1000)).toBe(true); // the next second starts afresh
  });
});
