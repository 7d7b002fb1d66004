import { simulate } from '../../../domain/sim/index.ts';
import { galleryScenario } from '../test-support/gallery-run.ts';
import { functionsDownstream, runExperiment } from './experiments.ts';

describe('one-click experiments', () => {
  const restApi = galleryScenario('rest-api');

  it('finds the functions behind a source, through API Gateway', () => {
    expect(functionsDownstream(restApi, 'web-clients')).toEqual(['create-order']);
    expect(functionsDownstream(galleryScenario('order-fanout'), 'shoppers').sort()).toEqual([
      'charge-payment',
      'reserve-stock',
      'send-confirmation',
    ]);
  });

  it('“hit the concurrency limit” makes the run throttle', () => {
    const result = runExperiment(restApi, 'web-clients', 'limit');
    if (!result.ok) throw new Error(result.message);
    expect(result.scenario.nodes[2]!.config.reservedConcurrency).toBe(2);
    expect(simulate(restApi).totals.throttles).toBe(0);
    expect(simulate(result.scenario).totals.throttles).toBeGreaterThan(0);
  });

  it('“burst ×10” sets the burst pattern; “go idle” spaces requests beyond the keep-alive', () => {
    const burst = runExperiment(restApi, 'web-clients', 'burst');
    expect(burst.ok && burst.scenario.traffic['web-clients']).toMatchObject({
      pattern: 'burst',
      peakMultiplier: 10,
    });
    const idle = runExperiment(restApi, 'web-clients', 'idle');
    if (!idle.ok) throw new Error(idle.message);
    expect(idle.scenario.settings.durationSec).toBe(10_800);
    const run = simulate(idle.scenario);
    // Steady traffic at 20/s almost never starts cold; sparse requests often do.
    expect(simulate(restApi).totals.coldStartShare).toBeLessThan(0.01);
    expect(run.totals.coldStartShare).toBeGreaterThan(0.1);
  });

  it('refuses a source that reaches no function', () => {
    const lonely = structuredClone(restApi);
    lonely.edges = [];
    expect(runExperiment(lonely, 'web-clients', 'limit').ok).toBe(false);
  });
});
