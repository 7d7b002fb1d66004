import { GALLERY } from '../../../content/examples/index.ts';
import { parseScenario, type Scenario } from '../diagram/index.ts';
import { buildScenario } from '../sim/fixtures.ts';
import { simulate } from '../sim/simulate.ts';
import { buildTwin, tasksForLoad, twinSourceOf } from './twin.ts';

const example = (id: string) => GALLERY.find((g) => g.id === id)!.scenario;

/** The twin must be a scenario the app accepts (parsing fills in the defaults it leaves out). */
function parsed(s: Scenario): Scenario {
  const r = parseScenario(s);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

describe('tasks for a load', () => {
  it('keeps the average CPU at the target', () => {
    // 20 requests/s × 60 ms = 1.2 vCPU busy; at 50 % of 0.5 vCPU a task takes 0.25 → 5 tasks.
    expect(tasksForLoad(20, 60, 0.5)).toBe(5);
    expect(tasksForLoad(0, 60, 0.5)).toBe(0);
    expect(tasksForLoad(1, 250, 0.5)).toBe(1);
  });
});

describe('the container twin of a Lambda design', () => {
  it('is only for a function behind API Gateway or fed by SQS', () => {
    expect(twinSourceOf(example('rest-api'), 'create-order')).toBe('api');
    expect(twinSourceOf(example('load-levelling'), 'process-order')).toBe('queue');
    expect(twinSourceOf(example('rest-api'), 'orders')).toBeNull();
    expect(buildTwin(example('image-thumbnails'), 'make-thumbnail')).toBeNull();
  });

  it('behind API Gateway: a load balancer takes the gateway’s place, the service the function’s', () => {
    const twin = buildTwin(example('rest-api'), 'create-order')!;
    const s = parsed(twin.scenario);
    expect(s.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['web-clients', 'http-clients'],
      ['orders-api', 'alb'],
      ['create-order-tasks', 'fargate'],
      ['orders', 'dynamodb'],
    ]);
    expect(s.edges.map((e) => [e.from, e.to, e.variant])).toEqual([
      ['web-clients', 'orders-api', undefined],
      ['orders-api', 'create-order-tasks', undefined],
      ['create-order-tasks', 'orders', undefined],
    ]);
    expect(s.traffic).toEqual(example('rest-api').traffic);
    const svc = s.nodes[2]!.config;
    expect(svc).toMatchObject({ scaling: 'cpu', minTasks: 2 });
    expect(svc.desiredTasks as number).toBeLessThanOrEqual(svc.maxTasks as number);
    expect(twin.dropped).toEqual([]);
  });

  it('fed by SQS: the queue feeds worker tasks that scale on the backlog', () => {
    const twin = buildTwin(example('load-levelling'), 'process-order')!;
    const s = parsed(twin.scenario);
    expect(s.nodes.find((n) => n.id === 'tickets-api')?.kind).toBe('api-gateway');
    const feed = s.edges.find((e) => e.to === twin.serviceId)!;
    expect(feed.from).toBe('orders-queue');
    expect(s.nodes.find((n) => n.id === twin.serviceId)?.config).toMatchObject({
      scaling: 'backlog',
      minTasks: 1,
    });
  });

  it('keeps a gateway that also routes elsewhere, reaching the service through a VPC link', () => {
    const scenario = buildScenario({
      nodes: [
        ['clients', 'http-clients'],
        ['api', 'api-gateway', { apiType: 'http' }],
        ['fn', 'lambda'],
        ['other', 'lambda'],
        ['db', 'dynamodb'],
        ['dlq', 'sqs'],
      ],
      edges: [
        ['clients', 'api'],
        ['api', 'fn'],
        ['api', 'other'],
        ['fn', 'db', 'read'],
        ['fn', 'dlq', 'on-failure'],
      ],
      traffic: { clients: { ratePerSec: 5 } },
    });
    const twin = buildTwin(scenario, 'fn')!;
    const s = parsed(twin.scenario);
    expect(s.nodes.find((n) => n.id === 'api')?.kind).toBe('api-gateway');
    expect(s.nodes.find((n) => n.id === 'api-alb')?.kind).toBe('alb');
    expect(s.edges.map((e) => [e.from, e.to, e.variant])).toEqual([
      ['clients', 'api', undefined],
      ['api', 'api-alb', undefined],
      ['api-alb', 'fn-tasks', undefined],
      ['api', 'other', undefined],
      ['fn-tasks', 'db', 'read'],
    ]);
    // An on-failure destination has no counterpart on a service: left out, and said so.
    expect(twin.dropped.map((e) => e.to)).toEqual(['dlq']);
  });

  it('runs in the engine: the same traffic answered by tasks instead of functions', () => {
    const twin = buildTwin(example('rest-api'), 'create-order')!;
    const r = simulate(twin.scenario, { durationMs: 120_000 });
    expect(r.requests.total).toBeGreaterThan(2000);
    expect(r.requests.failed).toBe(0);
    expect(r.functions).toEqual([]);
    expect(r.cost!.byNode['create-order-tasks']!.usd).toBeGreaterThan(0);
    expect(r.cost!.byNode['orders-api']!.lines.map((l) => l.item)).toEqual([
      'alb.hours',
      'alb.lcu',
    ]);
  });
});
