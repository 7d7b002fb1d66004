import { buildScenario } from '../../sim/fixtures.ts';
import { simulate } from '../../sim/simulate.ts';

describe('an Application Load Balancer in the engine', () => {
  it('forwards to a Lambda function and adds only its few milliseconds', () => {
    const scenario = (front: 'alb' | 'none') =>
      buildScenario({
        nodes: [
          ['clients', 'http-clients'],
          ...(front === 'alb' ? ([['lb', 'alb']] as [string, string][]) : []),
          ['fn', 'lambda', { workMs: 50 }],
        ],
        edges:
          front === 'alb'
            ? [
                ['clients', 'lb'],
                ['lb', 'fn'],
              ]
            : [['clients', 'fn']],
        traffic: { clients: { ratePerSec: 10 } },
        settings: { durationSec: 120, seed: 4 },
      });
    const withLb = simulate(scenario('alb'));
    const direct = simulate(scenario('none'));
    expect(withLb.requests.failed).toBe(0);
    expect(withLb.functions[0]!.invocations).toBe(withLb.requests.total);
    const added = withLb.latency.p50Ms - direct.latency.p50Ms;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(20);
    // LCUs priced for a Lambda target: the hours line and the capacity line.
    expect(withLb.cost!.byNode.lb!.lines.map((l) => l.item)).toEqual(['alb.hours', 'alb.lcu']);
  });

  it('refuses bodies over 1 MB to a Lambda target (413) and answers 503 without targets', () => {
    const big = simulate(
      buildScenario({
        nodes: [
          ['clients', 'http-clients'],
          ['lb', 'alb'],
          ['fn', 'lambda'],
        ],
        edges: [
          ['clients', 'lb'],
          ['lb', 'fn'],
        ],
        traffic: { clients: { ratePerSec: 2, payloadKb: 2048 } },
        settings: { durationSec: 30 },
      }),
    );
    const lb = big.services.find((s) => s.nodeId === 'lb')!;
    expect(lb.loadBalancer!.tooLarge413).toBe(big.requests.total);
    expect(big.functions[0]!.invocations).toBe(0);

    const none = simulate(
      buildScenario({
        nodes: [
          ['clients', 'http-clients'],
          ['lb', 'alb'],
        ],
        edges: [['clients', 'lb']],
        traffic: { clients: { ratePerSec: 2 } },
        settings: { durationSec: 30 },
      }),
    );
    expect(none.services[0]!.loadBalancer!.unavailable503).toBe(none.requests.total);
    expect(none.requests.failed).toBe(none.requests.total);
  });

  it('sits behind an HTTP API through a VPC link', () => {
    const r = simulate(
      buildScenario({
        nodes: [
          ['clients', 'http-clients'],
          ['api', 'api-gateway', { apiType: 'http' }],
          ['lb', 'alb'],
          ['svc', 'fargate', { scaling: 'off' }],
        ],
        edges: [
          ['clients', 'api'],
          ['api', 'lb'],
          ['lb', 'svc'],
        ],
        traffic: { clients: { ratePerSec: 5 } },
        settings: { durationSec: 60 },
      }),
    );
    expect(r.requests.failed).toBe(0);
    expect(r.requests.succeeded).toBeGreaterThan(200);
  });
});
