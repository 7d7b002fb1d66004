import { TraceRecorder } from './trace-recorder.ts';
import { HAPPENING } from './trace.ts';

describe('TraceRecorder', () => {
  it('sorts tokens by departure and happenings by time (late records merged in)', () => {
    const rec = new TraceRecorder({ maxTokens: 100, maxHappenings: 100 });
    rec.token(0, 5, 9, 1, 0, 1);
    rec.token(1, 2, 10, 2, 0, 2);
    rec.token(2, 5, 6, 0, 0, 3);
    rec.happen(8, HAPPENING.envIdle, 0, 1);
    rec.happen(3, HAPPENING.envExpire, 0, 2);
    const trace = rec.finish(['a', 'b'], ['e0', 'e1', 'e2'], 100);
    expect(Array.from(trace.tokens.t0)).toEqual([2, 5, 5]);
    expect(Array.from(trace.tokens.req)).toEqual([2, 1, 3]);
    expect(Array.from(trace.happenings.t)).toEqual([3, 8]);
    expect(trace.truncated).toBe(false);
    expect(trace.completeUntilMs).toBe(100);
  });

  it('stops at its caps and says until when it is complete', () => {
    const rec = new TraceRecorder({ maxTokens: 2, maxHappenings: 10 });
    rec.token(0, 0, 1, 0, 0, 0);
    rec.token(0, 1, 2, 0, 0, 1);
    rec.token(0, 2, 3, 0, 0, 2);
    const trace = rec.finish([], ['e'], 50);
    expect(trace.tokens.count).toBe(2);
    expect(trace.truncated).toBe(true);
    // Tokens are recorded as they leave: everything that left before t = 2 is there.
    expect(trace.completeUntilMs).toBe(2);
  });
});
