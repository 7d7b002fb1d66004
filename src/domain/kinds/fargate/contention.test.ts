// CPU contention: requests working together on one task share its vCPU (contention.ts).
import { buildScenario } from '../../sim/fixtures.ts';
import { simulate } from '../../sim/simulate.ts';
import { cpuStretch } from './contention.ts';

describe('CPU contention on a Fargate task', () => {
  it('stretches CPU time by the requests at work together, weighted by their CPU share', () => {
    expect(cpuStretch(1, 40, 10)).toBe(1);
    expect(cpuStretch(0, 40, 10)).toBe(1);
    expect(cpuStretch(4, 40, 10)).toBeCloseTo(3.2);
    expect(cpuStretch(4, 0, 10)).toBe(1); // pure waiting does not compete
    expect(cpuStretch(2, 10, 90)).toBe(1); // 2 × 10 % of a processor: no queueing for it
  });

  it('a task busy with many requests answers each more slowly than a task with one', () => {
    const run = (ratePerSec: number) =>
      simulate(
        buildScenario({
          nodes: [
            ['clients', 'http-clients'],
            ['lb', 'alb'],
            [
              'svc',
              'fargate',
              {
                vcpu: '1',
                memoryGb: 2,
                scaling: 'off',
                minTasks: 1,
                desiredTasks: 1,
                perTask: 50,
                cpuMs: 50,
                waitMs: 0,
              },
            ],
          ],
          edges: [
            ['clients', 'lb'],
            ['lb', 'svc'],
          ],
          traffic: { clients: { ratePerSec } },
          settings: { durationSec: 120, seed: 9 },
        }),
      );
    const quiet = run(1);
    const busy = run(15); // 15 × 50 ms = 75 % of the one vCPU: requests overlap
    expect(quiet.requests.failed).toBe(0);
    expect(busy.requests.failed).toBe(0);
    expect(busy.latency.p95Ms).toBeGreaterThan(quiet.latency.p95Ms * 1.3);
  });
});
