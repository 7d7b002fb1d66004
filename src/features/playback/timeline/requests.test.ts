import {
  HAPPENING as H,
  REQUEST_OUTCOME as O,
  TOKEN_CLASS as C,
  TOKEN_FLAG as F,
} from '../../../domain/sim/index.ts';
import { GALLERY } from '../../../../content/examples/index.ts';
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
  [
    { t: 22, kind: H.requestDone, node: 0, ref: 1, value: O.throttled },
    { t: 101, kind: H.requestDone, node: 0, ref: 0, value: O.succeeded },
    { t: 500, kind: H.deadLettered, node: 3, ref: 2 },
    { t: 500, kind: H.requestDone, node: 2, ref: 2, value: O.deadLettered },
    // Request 3 never left its source (it had nowhere to go); it is born as it ends.
    { t: 600, kind: H.requestDone, node: 2, ref: 3, value: O.failed },
  ],
);
const timeline = buildRequestTimeline(trace, edgeEnds, sources);

describe('what became of each request, at time T', () => {
  it('counts requests when they leave their source', () => {
    expect(requestsAt(timeline, 9).requests).toBe(0);
    expect(requestsAt(timeline, 10).requests).toBe(1);
    expect(requestsAt(timeline, 30)).toMatchObject({ requests: 3, inFlight: 2, throttled: 1 });
    expect(requestsAt(timeline, 599).requests).toBe(3);
  });

  it('settles each request when the engine says it ended, with the engine’s outcome', () => {
    expect(requestsAt(timeline, 21)).toMatchObject({ throttled: 0, inFlight: 2 });
    expect(requestsAt(timeline, 22)).toMatchObject({ throttled: 1, inFlight: 1 });
    expect(requestsAt(timeline, 101)).toMatchObject({ succeeded: 1, throttled: 1, inFlight: 1 });
    expect(requestsAt(timeline, 500)).toMatchObject({
      requests: 3,
      succeeded: 1,
      throttled: 1,
      deadLettered: 1,
      inFlight: 0,
    });
    expect(requestsAt(timeline, 600)).toMatchObject({ requests: 4, failed: 1, inFlight: 0 });
  });

  it('keeps a request without a requestDone in flight to the end', () => {
    const open = buildTrace(['clients', 'fn'], ['clients-fn'], [{ edge: 0, t0: 5, t1: 6 }], []);
    const t = buildRequestTimeline(open, [{ from: 0 }], [true, false]);
    expect(requestsAt(t, 1e9)).toMatchObject({ requests: 1, succeeded: 0, inFlight: 1 });
  });

  it('measures the wait of synchronous callers', () => {
    expect(Array.from(timeline.answeredAt)).toEqual([22, 101]);
    expect(Array.from(timeline.latencyMs)).toEqual([2, 91]);
  });
});

describe('requests of a real run, at its end', () => {
  it.each(GALLERY.map((example) => example.id))('match the engine’s outcomes (%s)', (id) => {
    const run = galleryRun(id);
    const r = run.result.requests;
    expect(requestsAt(run.requests, run.durationMs)).toEqual({
      requests: r.total,
      succeeded: r.succeeded,
      failed: r.failed,
      throttled: r.throttled,
      deadLettered: r.deadLettered,
      inFlight: r.inFlight,
    });
  });

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
