import { simulate } from '../../../domain/sim/index.ts';
import type { Scenario } from '../../../domain/diagram/index.ts';
import { allPass, checkNow, checkWithRun, describeMetricCheck, needsRun } from './evaluate.ts';
import type { Check } from '../../../domain/lessons/check-schema.ts';
import { REST_API, REST_API_UNWIRED } from './test-diagrams.ts';

const step = (checks: Check[]) => ({ checks });
const wired: Check = { type: 'edge', from: 'api-gateway', to: 'lambda' };
const cold: Check = { type: 'metric', metric: 'coldStarts', op: 'gte', value: 1 };

describe('deciding a step', () => {
  it('decides diagram checks now and lists metric checks as pending', () => {
    const lines = checkNow(step([wired, cold]), REST_API);
    expect(lines).toEqual([
      { status: 'pass', message: 'Amazon API Gateway is connected to AWS Lambda.' },
      {
        status: 'pending',
        message: 'Cold starts at least 1 cold start — measured when you check.',
      },
    ]);
    expect(allPass(lines)).toBe(false);
    expect(needsRun(step([wired]))).toBe(false);
    expect(needsRun(step([wired, cold]))).toBe(true);
    expect(
      describeMetricCheck({ type: 'metric', metric: 'coldStartShare', op: 'lt', value: 0.01 }),
    ).toBe('Cold-start share below 1 % of invocations');
  });

  it('does not run the simulation while the diagram is still wrong', async () => {
    const run = vi.fn((s: Scenario) => Promise.resolve(simulate(s)));
    const outcome = await checkWithRun(step([wired, cold]), REST_API_UNWIRED, run);
    expect(run).not.toHaveBeenCalled();
    expect(outcome.ctx).toBeUndefined();
    expect(outcome.lines.map((l) => l.status)).toEqual(['fail', 'pending']);
  });

  it('runs the simulation once the diagram is right, and decides the metrics', async () => {
    const run = vi.fn((s: Scenario) => Promise.resolve(simulate(s)));
    const outcome = await checkWithRun(step([wired, cold]), REST_API, run);
    expect(run).toHaveBeenCalledTimes(1);
    expect(allPass(outcome.lines)).toBe(true);
    expect(outcome.ctx?.result.totals.coldStarts).toBeGreaterThan(0);
  });

  it('never runs a step that has no metric checks', async () => {
    const run = vi.fn((s: Scenario) => Promise.resolve(simulate(s)));
    const outcome = await checkWithRun(step([wired]), REST_API, run);
    expect(run).not.toHaveBeenCalled();
    expect(allPass(outcome.lines)).toBe(true);
  });
});
