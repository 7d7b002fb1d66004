import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clearOfOthers, freeSpotNear, NODE_HEIGHT, NODE_WIDTH } from './placement.ts';

const at = (x: number, y: number) => ({ position: { x, y } });
const overlapping = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;

describe('clearOfOthers', () => {
  it('keeps a drop on free canvas exactly where it landed', () => {
    expect(clearOfOthers({ x: 500.4, y: 100.6 }, [at(0, 100)])).toEqual({ x: 500, y: 101 });
  });

  it('moves a drop that lands 1 px over its neighbour to the right, with a gap for the handles', () => {
    // The drops of four nodes 199 px apart on a 864 px canvas: each touched the last one.
    expect(clearOfOthers({ x: 199, y: 0 }, [at(0, 0)])).toEqual({ x: 224, y: 0 });
  });

  it('moves a drop on the left half of a node to its left', () => {
    expect(clearOfOthers({ x: 300, y: 10 }, [at(400, 0)])).toEqual({ x: 176, y: 10 });
  });

  it('passes a row of nodes in one direction and stops beyond the last', () => {
    const row = [at(0, 0), at(224, 0), at(448, 0)];
    expect(clearOfOthers({ x: 10, y: 5 }, row)).toEqual({ x: 672, y: 5 });
  });

  it('leaves a node below another alone', () => {
    expect(clearOfOthers({ x: 0, y: NODE_HEIGHT }, [at(0, 0)])).toEqual({ x: 0, y: NODE_HEIGHT });
  });

  it('never leaves the new node over another one, and never moves it up or down', () => {
    const point = fc.record({
      x: fc.integer({ min: -2000, max: 2000 }),
      y: fc.integer({ min: -600, max: 600 }),
    });
    fc.assert(
      fc.property(point, fc.array(point, { maxLength: 30 }), (drop, positions) => {
        const others = positions.map((p) => ({ position: p }));
        const spot = clearOfOthers(drop, others);
        expect(spot.y).toBe(drop.y);
        for (const n of others) expect(overlapping(spot, n.position)).toBe(false);
        if (!others.some((n) => overlapping(drop, n.position)))
          expect(Math.abs(spot.x - drop.x)).toBeLessThanOrEqual(NODE_WIDTH + 24);
      }),
    );
  });
});

describe('freeSpotNear', () => {
  it('takes the start when it is free, the next cell down when it is not', () => {
    expect(freeSpotNear({ x: 0, y: 0 }, [])).toEqual({ x: 0, y: 0 });
    expect(freeSpotNear({ x: 0, y: 0 }, [at(0, 0)])).toEqual({ x: 0, y: NODE_HEIGHT + 30 });
  });
});
