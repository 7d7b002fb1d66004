import { HAPPENING as H } from '../../../domain/sim/index.ts';
import { buildTrace } from '../test-support/trace-builder.ts';
import { buildNarration, describe as say, type NarrationContext } from './narration.ts';
import { buildNodeTimelines, countersAt } from './node-timeline.ts';

// A load balancer (node 0) in front of a Fargate service (node 1) with two tasks at the start.
const trace = buildTrace(
  ['lb', 'svc'],
  [],
  [],
  [
    { t: 0, kind: H.taskReady, node: 1, ref: 0, value: -1 },
    { t: 0, kind: H.taskReady, node: 1, ref: 1, value: -1 },
    { t: 1000, kind: H.taskBusy, node: 1, ref: 0 },
    { t: 1200, kind: H.queueDepth, node: 1, ref: -1, value: 3 },
    { t: 180_000, kind: H.scaled, node: 1, ref: 2, value: 4 },
    { t: 180_000, kind: H.taskStarting, node: 1, ref: 2 },
    { t: 180_000, kind: H.taskStarting, node: 1, ref: 3 },
    { t: 221_000, kind: H.taskReady, node: 1, ref: 2, value: 41_000 },
    { t: 240_000, kind: H.timeout, node: 1, ref: 9, value: 504 },
    { t: 250_000, kind: H.error, node: 0, ref: 10, value: 503 },
    { t: 900_000, kind: H.taskDraining, node: 1, ref: 1 },
  ],
);
const ctx: NarrationContext = {
  labels: ['front', 'orders'],
  kinds: ['alb', 'fargate'],
  limits: [undefined, 6],
  invokedBy: [undefined, 'sync'],
  keepAliveSec: 600,
};
const n = buildNarration(trace);

describe('narration of a load balancer and a Fargate service', () => {
  it('tells scale-out, task starts and readiness, and scale-in in the caption and log', () => {
    expect(say(trace, n, ctx, 0)).toBe(
      'orders: 2 tasks already running when the run begins, billed every second',
    );
    expect(say(trace, n, ctx, 4)).toBe(
      "Scale-out: orders's target tracking raises the desired count from 2 to 4 (3 one-minute datapoints above the target)",
    );
    expect(say(trace, n, ctx, 5)).toMatch(/^Scale-out: orders starts a new task/);
    expect(say(trace, n, ctx, 7)).toBe('orders: a new task is ready after 41 s and takes requests');
    expect(say(trace, n, ctx, 8)).toMatch(/^504: a request waited at a busy task of orders/);
    expect(say(trace, n, ctx, 9)).toBe(
      '503: front has no registered target to send the request to',
    );
    expect(say(trace, n, ctx, 10)).toMatch(/^Scale-in: orders deregisters a task/);
  });

  it('keeps one line for the tasks running at the start, and every scaling step', () => {
    expect(Array.from(n.notable)).toEqual([0, 2, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('counts tasks as cells: starting, busy, idle; draining ones leave', () => {
    const [, svc] = buildNodeTimelines(trace, []);
    expect(countersAt(svc!, 1500)).toMatchObject({
      initializing: 0,
      busy: 1,
      idle: 1,
      queueDepth: 3,
    });
    expect(countersAt(svc!, 200_000)).toMatchObject({
      initializing: 2,
      tasksStarted: 2,
      coldStarts: 0,
    });
    expect(countersAt(svc!, 230_000)).toMatchObject({ initializing: 1, idle: 2, busy: 1 });
    expect(countersAt(svc!, 950_000)).toMatchObject({ initializing: 1, idle: 1, busy: 1 });
  });
});
