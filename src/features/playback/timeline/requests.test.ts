import { HAPPENING as H, TOKEN_CLASS as C, TOKEN_FLAG as F } from '../../../domain/sim/index.ts';
import { galleryRun } from '../test-support/gallery-run.ts';
import { buildTrace } from '../test-support/trace-builder.ts';
import { latencyAt } from './latency.ts';
import { buildRequestTimeline, requestsAt } from './requests.ts';

// Nodes: 0 clients (a source), 1 fn, 2 uploads (a source), 3 queue.
// Edges: 0 clients→fn (sync), 1 uploads→queue.
const edgeEnds = [
  { from: 0, to: 1 },
  { from: 2, to: 3 },
];
const sources = [true, false, true, false];
const trace = buildTrace(
  ['clients', 'fn', 'uploads', 'queue'],
  ['clients-fn', 'uploads-queue'],
  [
    { edge: 0, t0: 10, t1: 11, req: 0 },
    { edge: 0, t0: 100, t1: 101, cls: C.warm, flags: F.response, req: 0 },
    { edge: 0, t0: 20, t1: 21, req: 1 },
    { edge: 0, t0: 21, t1: 22, cls: C.throttled, flags: F.response, req: 1 },
    { edge: 1, t0: 30, t1: 31, req: 2 },
  ],
  [{ t: 500, kind: H.deadLettered, node: 3, ref: 2 }],
);
const timeline = buildRequestTimeline(trace, edgeEnds, sources);

describe('what became of each request, at time T', () => {
  it('counts requests when they leave their source', () => {
    expect(requestsAt(timeline, 9).requests).toBe(0);
    expect(requestsAt(timeline, 10).requests).toBe(1);
    expect(requestsAt(timeline, 30)).toMatchObject({ requests: 3, inFlight: 2, throttled: 1 });
  });

  it('settles each request with its last step: answered, refused, dead-lettered', () => {
    expect(requestsAt(timeline, 101)).toMatchObject({ succeeded: 1, throttled: 1, inFlight: 1 });
    expect(requestsAt(timeline, 500)).toMatchObject({
      succeeded: 1,
      throttled: 1,
      deadLettered: 1,
      inFlight: 0,
    });
  });

  it('measures the wait of synchronous callers', () => {
    expect(Array.from(timeline.answeredAt)).toEqual([22, 101]);
    expect(Array.from(timeline.latencyMs)).toEqual([2, 91]);
  });
});

describe('requests of a real run, at its end', () => {
  it('match the engine: requests, answers and latency percentiles (REST API)', () => {
    const run = galleryRun('rest-api');
    const r = run.result;
    const end = requestsAt(run.requests, run.durationMs);
    expect(end.requests).toBe(r.requests.total);
    expect(run.requests.latencyMs.length).toBe(r.latency.count);
    const latency = latencyAt(run.latency, run.durationMs, run.durationMs);
    expect(latency.count).toBe(r.latency.count);
    expect(latency.p50).toBe(r.latency.p50Ms);
    expect(latency.p99).toBe(r.latency.p99Ms);
  });

  it('grow monotonically while the run plays', () => {
    const run = galleryRun('rest-api');
    let last = requestsAt(run.requests, 0);
    for (let t = 0; t <= run.durationMs; t += 7_000) {
      const now = requestsAt(run.requests, t);
      expect(now.requests).toBeGreaterThanOrEqual(last.requests);
      expect(now.succeeded).toBeGreaterThanOrEqual(last.succeeded);
      last = now;
    }
  });
});
