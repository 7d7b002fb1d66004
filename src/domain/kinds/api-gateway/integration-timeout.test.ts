// API Gateway's 29 s integration timeout in front of a load balancer (VPC link): a Fargate
// service slower than 29 s gets the client a 504 from the gateway, even with the load
// balancer's own idle timeout far longer.
import { buildScenario } from '../../sim/fixtures.ts';
import { simulate } from '../../sim/simulate.ts';

function gatewayInFront(cpuMs: number) {
  return simulate(
    buildScenario({
      nodes: [
        ['clients', 'http-clients'],
        ['api', 'api-gateway', { apiType: 'http' }],
        ['lb', 'alb', { idleTimeoutSec: 600 }],
        // 0.25 vCPU stretches the work four times: 10 s of CPU at 1 vCPU takes 40 s.
        ['svc', 'fargate', { vcpu: '0.25', memoryGb: 1, scaling: 'off', cpuMs, waitMs: 0 }],
      ],
      edges: [
        ['clients', 'api'],
        ['api', 'lb'],
        ['lb', 'svc'],
      ],
      traffic: { clients: { ratePerSec: 0.05 } },
      settings: { durationSec: 300, seed: 3 },
    }),
  );
}

describe('API Gateway in front of a load balancer', () => {
  it('answers 504 after 29 s when the service behind the load balancer is slower', () => {
    const r = gatewayInFront(10_000);
    expect(r.requests.total).toBeGreaterThan(0);
    expect(r.requests.succeeded).toBe(0);
    expect(r.requests.failed + r.requests.inFlight).toBe(r.requests.total);
    const api = r.services.find((s) => s.nodeId === 'api')!;
    expect(api.timeouts).toBeGreaterThan(0);
    // The client hears at 29 s (plus the gateway's overhead), never the 40 s of the work.
    expect(r.latency.maxMs).toBeLessThan(29_000 + 100);
    expect(r.latency.maxMs).toBeGreaterThanOrEqual(29_000);
  });

  it('passes a fast answer through', () => {
    const r = gatewayInFront(20);
    expect(r.requests.failed).toBe(0);
    expect(r.services.find((s) => s.nodeId === 'api')!.timeouts ?? 0).toBe(0);
  });
});
