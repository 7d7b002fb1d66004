import fc from 'fast-check';
import { buildScenario } from '../../sim/fixtures.ts';
import { simulate } from '../../sim/simulate.ts';
import { HAPPENING } from '../../sim/trace.ts';
import type { ConfigValue } from '../../catalog/index.ts';

type Config = Record<string, ConfigValue>;

/** HTTP clients → load balancer → Fargate service → DynamoDB. */
function api(service: Config, ratePerSec: number, durationSec: number, seed = 1, alb: Config = {}) {
  return buildScenario({
    nodes: [
      ['clients', 'http-clients'],
      ['lb', 'alb', alb],
      ['svc', 'fargate', service],
      ['db', 'dynamodb'],
    ],
    edges: [
      ['clients', 'lb'],
      ['lb', 'svc'],
      ['svc', 'db', 'write'],
    ],
    traffic: { clients: { ratePerSec } },
    settings: { durationSec, seed },
  });
}

const serviceOf = (r: ReturnType<typeof simulate>, id = 'svc') =>
  r.services.find((s) => s.nodeId === id)!;

describe('an AWS Fargate service behind a load balancer, in the engine', () => {
  it('answers a light load from the tasks already running, and bills them per second', () => {
    const r = simulate(api({ desiredTasks: 2, minTasks: 2, scaling: 'off' }, 5, 600));
    expect(r.requests.failed).toBe(0);
    expect(r.requests.succeeded).toBeGreaterThan(2500);
    const c = serviceOf(r).containers!;
    expect(c.tasksStarted).toBe(0);
    expect(c.billedTaskSeconds).toBe(1200); // two tasks × 600 s
    const items = r.cost!.byNode.svc!.lines.map((l) => l.item);
    expect(items).toEqual(
      expect.arrayContaining([
        'fargate.vcpu.x86_64',
        'fargate.memory.x86_64',
        'fargate.publicIpv4',
      ]),
    );
    const lb = r.cost!.byNode.lb!.lines.map((l) => l.item);
    expect(lb).toEqual(['alb.hours', 'alb.lcu']);
    expect(r.cost!.byNode.lb!.lines[0]!.quantity).toBeCloseTo(600 / 3600, 9);
    // Latency: the task's work plus the load balancer's few milliseconds and DynamoDB's write.
    expect(r.latency.p50Ms).toBeGreaterThan(40);
    expect(r.latency.p50Ms).toBeLessThan(200);
  });

  it('answers 503 when no task is registered', () => {
    const r = simulate(api({ desiredTasks: 0, minTasks: 0, scaling: 'off' }, 2, 60));
    expect(r.requests.succeeded).toBe(0);
    expect(r.requests.failed).toBe(r.requests.total - r.requests.inFlight);
    expect(serviceOf(r, 'lb').loadBalancer!.unavailable503).toBe(r.requests.total);
  });

  it('queues requests at busy tasks and answers 504 after the idle timeout', () => {
    const r = simulate(
      api(
        { desiredTasks: 1, minTasks: 1, maxTasks: 1, perTask: 1, cpuMs: 400, scaling: 'off' },
        5,
        180,
        2,
        { idleTimeoutSec: 10 },
      ),
    );
    const c = serviceOf(r).containers!;
    expect(c.queued).toBeGreaterThan(0);
    expect(c.maxQueueWaitMs).toBeGreaterThan(5000);
    expect(c.timedOut504).toBeGreaterThan(0);
    // The load balancer's 504s: those the service gave up in its queue, and those that started
    // too late to finish within the idle timeout.
    expect(serviceOf(r, 'lb').loadBalancer!.timedOut504).toBeGreaterThanOrEqual(c.timedOut504);
    expect(r.latency.p99Ms).toBeGreaterThan(9000);
  });

  it('scales out on CPU after three busy minutes, with tasks that take tens of seconds to start', () => {
    const r = simulate(
      api({ desiredTasks: 1, minTasks: 1, maxTasks: 6, cpuMs: 80, target: 50 }, 20, 900),
      { trace: true },
    );
    const c = serviceOf(r).containers!;
    expect(c.scaleOuts).toBeGreaterThan(0);
    expect(c.tasksStarted).toBeGreaterThan(0);
    expect(c.peakTasks).toBeLessThanOrEqual(6);
    const hp = r.trace!.happenings;
    const svc = r.trace!.nodeIds.indexOf('svc');
    const firstScale = [...Array(hp.count).keys()].find(
      (i) => hp.kind[i] === HAPPENING.scaled && hp.node[i] === svc,
    )!;
    expect(hp.t[firstScale]).toBeGreaterThanOrEqual(3 * 60_000);
    const readies = [...Array(hp.count).keys()].filter(
      (i) => hp.kind[i] === HAPPENING.taskReady && hp.node[i] === svc && hp.value[i]! > 0,
    );
    expect(readies.length).toBeGreaterThan(0);
    for (const i of readies) expect(hp.value[i]).toBeGreaterThan(15_000);
  });
});

describe('AWS Fargate workers reading an SQS queue', () => {
  it('take messages only while they have room, and scale on the backlog', () => {
    const r = simulate(
      buildScenario({
        nodes: [
          ['events', 'custom-event'],
          ['queue', 'sqs', { batchSize: 10 }],
          [
            'workers',
            'fargate',
            {
              desiredTasks: 1,
              minTasks: 1,
              maxTasks: 5,
              perTask: 4,
              cpuMs: 400,
              scaling: 'backlog',
              target: 20,
            },
          ],
          ['bucket', 's3'],
        ],
        edges: [
          ['events', 'queue'],
          ['queue', 'workers'],
          ['workers', 'bucket', 'put'],
        ],
        traffic: { events: { ratePerSec: 20 } },
        settings: { durationSec: 900, seed: 3 },
      }),
    );
    const q = r.queues.find((x) => x.nodeId === 'queue')!;
    expect(q.delivered).toBeGreaterThan(1000);
    expect(q.deadLettered).toBe(0);
    const c = serviceOf(r, 'workers').containers!;
    expect(c.scaleOuts).toBeGreaterThan(0);
    expect(c.peakTasks).toBeLessThanOrEqual(5);
    expect(r.requests.failed).toBe(0);
  });
});

describe('invariants of the container kinds in the engine', () => {
  it('every request ends in exactly one outcome, tasks never exceed max, cost never negative', () => {
    fc.assert(
      fc.property(
        fc.record({
          rate: fc.double({ min: 0, max: 40, noNaN: true }),
          perTask: fc.integer({ min: 1, max: 8 }),
          max: fc.integer({ min: 1, max: 5 }),
          desired: fc.integer({ min: 0, max: 5 }),
          cpuMs: fc.integer({ min: 1, max: 800 }),
          scaling: fc.constantFrom('cpu', 'requests', 'off'),
          idle: fc.integer({ min: 1, max: 60 }),
          drain: fc.integer({ min: 0, max: 120 }),
          seed: fc.nat(),
        }),
        (p) => {
          const desired = Math.min(p.desired, p.max);
          const r = simulate(
            api(
              {
                perTask: p.perTask,
                maxTasks: p.max,
                desiredTasks: desired,
                minTasks: Math.min(1, desired),
                cpuMs: p.cpuMs,
                scaling: p.scaling,
                target: p.scaling === 'requests' ? 300 : 50,
                deregistrationDelaySec: p.drain,
              },
              p.rate,
              420,
              p.seed,
              { idleTimeoutSec: p.idle },
            ),
            { trace: true },
          );
          const o = r.requests;
          expect(o.succeeded + o.failed + o.throttled + o.deadLettered + o.inFlight).toBe(o.total);
          const hp = r.trace!.happenings;
          const done = new Map<number, number>();
          for (let i = 0; i < hp.count; i++)
            if (hp.kind[i] === HAPPENING.requestDone)
              done.set(hp.ref[i]!, (done.get(hp.ref[i]!) ?? 0) + 1);
          for (const n of done.values()) expect(n).toBe(1);
          expect(done.size).toBe(o.total - o.inFlight);
          const c = serviceOf(r).containers!;
          expect(c.peakTasks).toBeLessThanOrEqual(p.max);
          const cost = r.cost!;
          for (const b of [cost.total, cost.monthly, ...Object.values(cost.byNode)]) {
            expect(b.usd).toBeGreaterThanOrEqual(0);
            for (const line of b.lines) expect(line.usd).toBeGreaterThanOrEqual(0);
          }
          for (const v of r.series.costUsd) expect(v).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 30 },
    );
  });
});
