import { HAPPENING as H, TOKEN_CLASS, TOKEN_FLAG } from '../../../domain/sim/index.ts';
import { GALLERY } from '../../../../content/examples/index.ts';
import { galleryRun } from '../test-support/gallery-run.ts';
import { buildTrace } from '../test-support/trace-builder.ts';
import { buildNodeTimelines, countersAt } from './node-timeline.ts';

// Nodes: 0 clients, 1 api, 2 fn, 3 queue, 4 dlq. Edges: 0 clients→api, 1 api→fn, 2 queue→dlq.
const edgeEnds = [{ to: 1 }, { to: 2 }, { to: 4, deadLetter: true }];
const trace = buildTrace(
  ['clients', 'api', 'fn', 'queue', 'dlq'],
  ['clients-api', 'api-fn', 'queue-dlq'],
  [
    // A 429 answered by the API to the clients, and a dead letter arriving at the DLQ.
    { edge: 0, t0: 500, t1: 501, cls: TOKEN_CLASS.throttled, flags: TOKEN_FLAG.response },
    { edge: 2, t0: 700, t1: 701 },
  ],
  [
    { t: 0, kind: H.envProvisioned, node: 2, ref: 0 },
    { t: 100, kind: H.envColdStart, node: 2, ref: 1 },
    { t: 400, kind: H.envWarm, node: 2, ref: 1 },
    { t: 450, kind: H.envIdle, node: 2, ref: 1 },
    { t: 480, kind: H.envBusy, node: 2, ref: 1 },
    { t: 500, kind: H.throttled, node: 2, ref: 7 },
    { t: 520, kind: H.envIdle, node: 2, ref: 1 },
    { t: 600, kind: H.queueDepth, node: 3, value: 4 },
    { t: 650, kind: H.queueDepth, node: 3, value: 3 },
    { t: 700, kind: H.deadLettered, node: 3, ref: 9 },
    { t: 9000, kind: H.envExpire, node: 2, ref: 1 },
  ],
);
const timelines = buildNodeTimelines(trace, edgeEnds);
const fn = (t: number) => countersAt(timelines[2]!, t);

describe('a node’s counters at time T', () => {
  it('are all zero before anything happened', () => {
    expect(fn(-1)).toMatchObject({ coldStarts: 0, busy: 0, idle: 0, initializing: 0 });
  });

  it('follow each environment: provisioned idle, cold start, warm, idle, busy, expired', () => {
    expect(fn(0)).toMatchObject({ idle: 1, initializing: 0 });
    expect(fn(150)).toMatchObject({ idle: 1, initializing: 1, coldStarts: 1 });
    expect(fn(400)).toMatchObject({ idle: 1, initializing: 0, busy: 1 });
    expect(fn(460)).toMatchObject({ idle: 2, busy: 0 });
    expect(fn(490)).toMatchObject({ idle: 1, busy: 1, warmStarts: 1 });
    expect(fn(9000)).toMatchObject({ idle: 1, busy: 0, coldStarts: 1, throttles: 1 });
  });

  it('count a provisioned environment taking a request as a warm start, busy until it ends', () => {
    const provisioned = buildTrace(
      ['fn'],
      [],
      [],
      [
        { t: 0, kind: H.envProvisioned, node: 0, ref: 0 },
        { t: 30, kind: H.envBusy, node: 0, ref: 0 },
        { t: 70, kind: H.envIdle, node: 0, ref: 0 },
      ],
    );
    const [timeline] = buildNodeTimelines(provisioned, []);
    expect(countersAt(timeline!, 29)).toMatchObject({ warmStarts: 0, idle: 1, busy: 0 });
    expect(countersAt(timeline!, 30)).toMatchObject({ warmStarts: 1, idle: 0, busy: 1 });
    expect(countersAt(timeline!, 70)).toMatchObject({ warmStarts: 1, idle: 1, busy: 0 });
  });

  it('give the same answer scrubbing backwards as forwards', () => {
    const forwards = [0, 150, 400, 460, 490, 600, 9000].map(fn);
    const backwards = [9000, 600, 490, 460, 400, 150, 0].map(fn).reverse();
    expect(backwards).toEqual(forwards);
  });

  it('count the 429s an API Gateway answered, queue depth and dead letters', () => {
    expect(countersAt(timelines[1]!, 499).refused).toBe(0);
    expect(countersAt(timelines[1]!, 500).refused).toBe(1);
    expect(countersAt(timelines[3]!, 620).queueDepth).toBe(4);
    expect(countersAt(timelines[3]!, 700)).toMatchObject({ queueDepth: 3, deadLettered: 1 });
    expect(countersAt(timelines[4]!, 700).fellIn).toBe(0);
    expect(countersAt(timelines[4]!, 701).fellIn).toBe(1);
  });
});

describe('counters of a real run, at its end', () => {
  it.each(GALLERY.map((example) => example.id))('add up to the engine’s totals (%s)', (id) => {
    const run = galleryRun(id);
    const end = run.durationMs;
    const sum = (
      key: 'coldStarts' | 'warmStarts' | 'throttles' | 'errors' | 'retries' | 'deadLettered',
    ) => run.nodes.reduce((total, timeline) => total + countersAt(timeline, end)[key], 0);
    const totals = run.result.totals;
    expect(sum('coldStarts')).toBe(totals.coldStarts);
    expect(sum('warmStarts')).toBe(totals.invocations - totals.coldStarts);
    expect(sum('throttles')).toBe(totals.throttles);
    expect(sum('errors')).toBe(totals.errors);
    expect(sum('retries')).toBe(totals.retries);
    expect(sum('deadLettered')).toBe(totals.deadLettered);
  });

  it('show provisioned environments busy while they serve (cold-start lab)', () => {
    const run = galleryRun('cold-start-lab');
    const node = run.trace.nodeIds.indexOf('profile-provisioned');
    const timeline = run.nodes[node]!;
    const fn = run.result.functions.find((f) => f.nodeId === 'profile-provisioned')!;
    const levels = Array.from(timeline.t.subarray(0, timeline.count), (t) =>
      countersAt(timeline, t),
    );
    expect(fn.invocations).toBeGreaterThan(0);
    expect(Math.max(...levels.map((c) => c.busy))).toBeGreaterThan(0);
    expect(countersAt(timeline, run.durationMs).warmStarts).toBe(fn.invocations - fn.coldStarts);
  });
});
