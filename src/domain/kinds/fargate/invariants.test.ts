// The container model's invariants over random settings and traffic (issue 13): every request
// ends in exactly one outcome, a service never runs more tasks than its maximum, no cost is
// negative, with CPU contention, scaling, a gateway in front or a queue behind.
import fc from 'fast-check';
import { buildScenario, type ScenarioSpec } from '../../sim/fixtures.ts';
import { simulate } from '../../sim/simulate.ts';

const service = fc
  .record({
    vcpu: fc.constantFrom('0.25', '0.5', '1'),
    desiredTasks: fc.integer({ min: 0, max: 4 }),
    maxTasks: fc.integer({ min: 1, max: 6 }),
    perTask: fc.integer({ min: 1, max: 30 }),
    cpuMs: fc.constantFrom(5, 50, 400),
    waitMs: fc.constantFrom(0, 20),
    scaling: fc.constantFrom('cpu', 'requests', 'backlog', 'off'),
    deregistrationDelaySec: fc.constantFrom(0, 30, 300),
  })
  .map((c) => {
    const desiredTasks = Math.min(c.desiredTasks, c.maxTasks);
    return {
      ...c,
      memoryGb: c.vcpu === '1' ? 2 : 1,
      desiredTasks,
      minTasks: Math.min(1, desiredTasks),
    };
  });

const front = fc.constantFrom('alb', 'gateway', 'queue');

function spec(
  svc: Record<string, string | number>,
  how: 'alb' | 'gateway' | 'queue',
  ratePerSec: number,
  seed: number,
): ScenarioSpec {
  const nodes: ScenarioSpec['nodes'] = [['clients', 'http-clients']];
  const edges: ScenarioSpec['edges'] = [];
  if (how === 'queue') {
    nodes[0] = ['clients', 'custom-event'];
    nodes.push(['q', 'sqs', { visibilityTimeoutSec: 5 }]);
    edges.push(['clients', 'q'], ['q', 'svc']);
  } else {
    if (how === 'gateway') {
      nodes.push(['api', 'api-gateway', { apiType: 'http' }]);
      edges.push(['clients', 'api'], ['api', 'lb']);
    } else edges.push(['clients', 'lb']);
    nodes.push(['lb', 'alb', { idleTimeoutSec: 20 }]);
    edges.push(['lb', 'svc']);
  }
  nodes.push(['svc', 'fargate', svc], ['table', 'dynamodb']);
  edges.push(['svc', 'table']);
  return {
    nodes,
    edges,
    traffic: { clients: { ratePerSec, pattern: 'spike', peakMultiplier: 5, periodSec: 60 } },
    settings: { durationSec: 240, seed },
  };
}

describe('container model invariants', () => {
  it('one outcome per request, tasks within the maximum, no negative cost', () => {
    fc.assert(
      fc.property(
        service,
        front,
        fc.constantFrom(0.5, 5, 40),
        fc.integer({ min: 1, max: 10_000 }),
        (svc, how, rate, seed) => {
          const r = simulate(buildScenario(spec(svc, how, rate, seed)), { maxEvents: 200_000 });
          const o = r.requests;
          expect(o.succeeded + o.failed + o.throttled + o.deadLettered + o.inFlight).toBe(o.total);
          for (const n of [o.succeeded, o.failed, o.throttled, o.deadLettered, o.inFlight])
            expect(n).toBeGreaterThanOrEqual(0);
          const s = r.services.find((x) => x.nodeId === 'svc') as unknown as {
            containers: { peakTasks: number; avgTasks: number; billedTaskSeconds: number };
          };
          expect(s.containers.peakTasks).toBeLessThanOrEqual(svc.maxTasks);
          expect(s.containers.avgTasks).toBeGreaterThanOrEqual(0);
          expect(s.containers.billedTaskSeconds).toBeGreaterThanOrEqual(0);
          const cost = r.cost!;
          for (const b of [cost.total, cost.monthly, ...Object.values(cost.byNode)]) {
            expect(b.usd).toBeGreaterThanOrEqual(0);
            for (const line of b.lines) expect(line.usd).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
