import { REST_API } from './checks/test-diagrams.ts';
import {
  expectedRequests,
  MAX_CHECK_REQUESTS,
  runSimulation,
  RunTooBig,
} from './run-simulation.ts';

describe('running a check', () => {
  it('estimates the requests of a run from each source’s mean rate', () => {
    expect(expectedRequests(REST_API)).toBe(5 * 60);
    const bursty = {
      ...REST_API,
      traffic: { web: { ...REST_API.traffic.web!, pattern: 'burst' as const, peakMultiplier: 10 } },
    };
    expect(expectedRequests(bursty)).toBeCloseTo(5 * 60 * 1.9, 6);
  });

  it('runs the engine in slices and reports progress', async () => {
    const progress: number[] = [];
    const result = await runSimulation(REST_API, (share) => progress.push(share));
    expect(result.requests.total).toBeGreaterThan(200);
    expect(progress.every((p) => p >= 0 && p <= 1)).toBe(true);
  });

  it('refuses a run too big to wait for, and stops when cancelled', async () => {
    const huge = {
      ...REST_API,
      traffic: { web: { ...REST_API.traffic.web!, ratePerSec: 100_000 } },
    };
    expect(expectedRequests(huge)).toBeGreaterThan(MAX_CHECK_REQUESTS);
    await expect(runSimulation(huge)).rejects.toBeInstanceOf(RunTooBig);
    const controller = new AbortController();
    controller.abort();
    const busy = { ...REST_API, traffic: { web: { ...REST_API.traffic.web!, ratePerSec: 2000 } } };
    await expect(runSimulation(busy, undefined, controller.signal)).rejects.toThrow('cancelled');
  });
});
