import fc from 'fast-check';
import { EventQueue } from './event-queue.ts';

describe('EventQueue', () => {
  it('pops events in time order, whatever the order of pushes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 1000 })),
          { maxLength: 300 },
        ),
        (items) => {
          const q = new EventQueue();
          items.forEach(([t, a], i) => q.push(t, i % 7, a, i));
          const popped: number[] = [];
          const args = new Set<number>();
          while (q.size > 0) {
            q.pop();
            popped.push(q.topTime);
            args.add(q.topB);
          }
          expect(popped).toEqual(items.map(([t]) => t).sort((x, y) => x - y));
          expect(args.size).toBe(items.length);
        },
      ),
    );
  });

  it('interleaves pushes and pops like a priority queue (simulation pattern)', () => {
    const q = new EventQueue();
    let now = 0;
    q.push(1, 1, 0, 0);
    for (let i = 0; i < 10_000; i++) {
      q.pop();
      expect(q.topTime).toBeGreaterThanOrEqual(now);
      now = q.topTime;
      q.push(now + ((i * 7919) % 13), 1, i, 0);
      if (i % 3 === 0) q.push(now + ((i * 104729) % 17), 2, i, 0);
    }
    expect(q.peekTime()).toBeGreaterThanOrEqual(now);
  });
});
