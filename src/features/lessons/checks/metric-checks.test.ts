import { simulate } from '../../../domain/sim/index.ts';
import type { Scenario } from '../../../domain/diagram/index.ts';
import { checkMetric } from './metric-checks.ts';
import { METRICS, SMALL_TASK, type RunContext } from './metrics.ts';
import { METRIC_IDS } from '../../../domain/lessons/metric-ids.ts';
import { diagram, fanOut, REST_API } from './test-diagrams.ts';

const ran = (scenario: Scenario): RunContext => ({ scenario, result: simulate(scenario) });
const rest = ran(REST_API);
const fan = ran(fanOut(50));

describe('metric checks', () => {
  it('pass and fail on a measured count', () => {
    const cold = rest.result.totals.coldStarts;
    expect(cold).toBeGreaterThan(0);
    expect(
      checkMetric(rest, { type: 'metric', metric: 'coldStarts', op: 'gte', value: 1 }),
    ).toEqual({
      ok: true,
      message: `Cold starts: ${cold} cold start${cold === 1 ? '' : 's'} (at least 1 cold start).`,
    });
    expect(checkMetric(rest, { type: 'metric', metric: 'coldStarts', op: 'eq', value: 0 })).toEqual(
      {
        ok: false,
        message: `Cold starts is ${cold} cold start${cold === 1 ? '' : 's'}; it must be exactly 0 cold starts.`,
      },
    );
  });

  it('show shares as percentages and keep the hint with the measurement', () => {
    const result = checkMetric(rest, {
      type: 'metric',
      metric: 'coldStartShare',
      op: 'lt',
      value: 0.001,
      hint: 'Make cold starts rarer.',
    });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(
      /^Make cold starts rarer\. \(Cold-start share is [\d.]+ % of invocations; it must be below 0\.1 % of invocations\.\)$/,
    );
  });

  it('measure throttled requests against the reserved concurrency', () => {
    expect(rest.result.requests.throttled).toBe(0);
    const check = { type: 'metric', metric: 'throttledRequests', op: 'eq', value: 0 } as const;
    expect(checkMetric(rest, check).ok).toBe(true);
    const capped = ran(
      diagram({
        nodes: [
          ['web', 'http-clients'],
          ['fn', 'lambda', { reservedConcurrency: 1, workMs: 400 }],
        ],
        edges: [['web', 'fn']],
        traffic: { web: { ratePerSec: 20 } },
        settings: { durationSec: 30 },
      }),
    );
    expect(checkMetric(capped, check).ok).toBe(false);
    expect(METRICS.throttledShare.read(capped)).toBeGreaterThan(0.5);
  });

  it('price the functions against the container', () => {
    const lambdaMonthly = METRICS.functionMonthlyUsd.read(rest);
    const container = METRICS.containerMonthlyUsd.read(rest);
    expect(container).toBeCloseTo(9.01, 2); // 730 h × (0.25 × $0.04048 + 0.5 × $0.004445)
    expect(METRICS.functionToContainer.read(rest)).toBeCloseTo(lambdaMonthly / container, 10);
    // 5 requests a second of a 512 MB function is far past the ~1.8 requests/s break-even.
    expect(
      checkMetric(rest, { type: 'metric', metric: 'functionToContainer', op: 'gt', value: 1 }).ok,
    ).toBe(true);
    const bigger = { ...rest, container: { ...SMALL_TASK, tasks: 10 } };
    expect(
      checkMetric(bigger, { type: 'metric', metric: 'functionToContainer', op: 'gt', value: 1 }).ok,
    ).toBe(false);
  });

  it('cannot measure a break-even without a function', () => {
    const noFunction = ran(
      diagram({
        nodes: [
          ['web', 'http-clients'],
          ['api', 'api-gateway'],
        ],
        edges: [['web', 'api']],
      }),
    );
    expect(
      checkMetric(noFunction, {
        type: 'metric',
        metric: 'crossoverRatePerSec',
        op: 'gt',
        value: 0,
      }),
    ).toEqual({
      ok: false,
      message: 'Break-even traffic could not be measured in this run.',
    });
  });

  it('reads queues and independent branches', () => {
    expect(METRICS.queuesReceiving.read(fan)).toBe(2);
    expect(METRICS.failingFunctions.read(fan)).toBe(1);
    expect(METRICS.cleanFunctions.read(fan)).toBe(1);
    expect(METRICS.failedCallShare.read(fan)).toBe(0);
    expect(METRICS.peakQueueDepth.read(fan)).toBeGreaterThan(0);
  });

  it('races runtimes: counts those with an INIT and names the one with the shortest median', () => {
    const race = ran(
      diagram({
        nodes: [
          ['web', 'http-clients'],
          ['api', 'api-gateway'],
          ['on-java', 'lambda', { runtime: 'java' }],
          ['on-python', 'lambda', { runtime: 'python' }],
          ['on-go', 'lambda', { runtime: 'go' }],
        ],
        edges: [
          ['web', 'api'],
          ['api', 'on-java'],
          ['api', 'on-python'],
          ['api', 'on-go'],
        ],
        traffic: { web: { ratePerSec: 0.002 } },
        settings: { durationSec: 10800 },
      }),
    );
    expect(METRICS.initRuntimes.read(race)).toBe(3);
    const fastest = METRICS.fastestInitRuntime.read(race);
    expect(METRICS.fastestInitRuntime.show(fastest)).toMatch(/^Go/);
    expect(METRICS.fastestInitRuntime.show(Number.NaN)).toMatch(/no INIT/);
  });

  it('has a label and a finite reading for every metric on a working diagram', () => {
    for (const id of METRIC_IDS) {
      expect(METRICS[id].label.length).toBeGreaterThan(0);
      expect(Number.isFinite(METRICS[id].read(rest)), id).toBe(true);
    }
  });
});
