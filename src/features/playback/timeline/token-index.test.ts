import fc from 'fast-check';
import { buildTrace } from '../test-support/trace-builder.ts';
import { upperBound } from './search.ts';
import { buildTokenIndex, drawnDuration, forEachInFlight } from './token-index.ts';

function inFlight(tokens: { t0: number; t1: number }[], t: number, minMs: number) {
  const trace = buildTrace(
    ['a', 'b'],
    ['e'],
    tokens.map((x) => ({ edge: 0, ...x })),
    [],
  );
  const seen: number[] = [];
  const progress: number[] = [];
  forEachInFlight(trace.tokens, buildTokenIndex(trace.tokens), t, minMs, Infinity, (k, p) => {
    seen.push(k);
    progress.push(p);
  });
  return { trace, seen, progress };
}

describe('upperBound', () => {
  it('counts the entries at or before t', () => {
    const sorted = Float64Array.of(1, 2, 2, 5);
    expect(upperBound(sorted, 4, 0)).toBe(0);
    expect(upperBound(sorted, 4, 2)).toBe(3);
    expect(upperBound(sorted, 4, 4)).toBe(3);
    expect(upperBound(sorted, 4, 9)).toBe(4);
    expect(upperBound(sorted, 2, 9)).toBe(2);
  });
});

describe('tokens in flight at time T', () => {
  it('finds a token from departure to arrival, with its progress', () => {
    const { seen, progress } = inFlight([{ t0: 100, t1: 300 }], 150, 0);
    expect(seen).toEqual([0]);
    expect(progress[0]).toBeCloseTo(0.25);
    expect(inFlight([{ t0: 100, t1: 300 }], 300, 0).seen).toEqual([]);
    expect(inFlight([{ t0: 100, t1: 300 }], 99, 0).seen).toEqual([]);
  });

  it('keeps a short hop on screen for the minimum drawing time', () => {
    const { trace, seen, progress } = inFlight([{ t0: 100, t1: 101 }], 150, 200);
    expect(drawnDuration(trace.tokens, 0, 200)).toBe(200);
    expect(seen).toEqual([0]);
    expect(progress[0]).toBeCloseTo(0.25);
  });

  it('stops at the limit', () => {
    const tokens = Array.from({ length: 50 }, (_, i) => ({ t0: i, t1: 1000 }));
    const trace = buildTrace(
      ['a', 'b'],
      ['e'],
      tokens.map((x) => ({ edge: 0, ...x })),
      [],
    );
    let n = 0;
    const visited = forEachInFlight(
      trace.tokens,
      buildTokenIndex(trace.tokens),
      500,
      0,
      10,
      () => n++,
    );
    expect(visited).toBe(10);
    expect(n).toBe(10);
  });

  it('agrees with checking every token, at any time and minimum (property)', () => {
    const token = fc
      .tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 3000 }))
      .map(([t0, d]) => ({ t0, t1: t0 + d }));
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 700 }),
        fc.integer({ min: -10, max: 9000 }),
        fc.integer({ min: 0, max: 500 }),
        (tokens, t, minMs) => {
          const { trace, seen } = inFlight(tokens, t, minMs);
          const tk = trace.tokens;
          const expected: number[] = [];
          for (let k = 0; k < tk.count; k++) {
            const start = tk.t0[k]!;
            if (start <= t && t < start + drawnDuration(tk, k, minMs)) expected.push(k);
          }
          expect(seen).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
