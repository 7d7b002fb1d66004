/**
 * The engine, not just the distribution: one run with a minimal function for every runtime ×
 * package type × architecture, every invocation cold, and the INIT percentiles the run reports
 * (`FunctionMetrics.initMs`) compared with the measured fixture (maxday/lambda-perf, see
 * `init-measurements.json`), within 25 % at p50 and p90.
 *
 * Every invocation is cold because the keep-alive is 0 s: an environment that finishes a request
 * expires at once, so the next request has to start a new one, as lambda-perf forces by changing
 * the function's configuration before each call. The functions are as small as the measured
 * hello-world ones: a 10 kB package and no init code of their own.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../diagram/index.ts';
import { DEFAULT_SETTINGS, DEFAULT_TRAFFIC, SCENARIO_VERSION } from '../../diagram/index.ts';
import { simulate } from '../../sim/index.ts';
import measurements from './init-measurements.json';

const RATE_PER_SEC = 20;
const DURATION_SEC = 60;

function key(r: { runtime: string; packageType: string; architecture: string }): string {
  return `${r.runtime}-${r.packageType}-${r.architecture}`.replace('_', '');
}

/** One HTTP client → function pair per measured combination, in one scenario. */
function allCombinations() {
  const doc = {
    version: SCENARIO_VERSION,
    name: 'Every invocation cold',
    description: '',
    nodes: measurements.rows.flatMap((r, i) => [
      {
        id: `c-${key(r)}`,
        kind: 'http-clients',
        label: `clients ${key(r)}`,
        position: { x: 0, y: i * 100 },
        config: {},
      },
      {
        id: `f-${key(r)}`,
        kind: 'lambda',
        label: key(r),
        position: { x: 200, y: i * 100 },
        config: {
          runtime: r.runtime,
          packageType: r.packageType,
          architecture: r.architecture,
          packageMb: 0.01,
          initCodeMs: 0,
          memoryMb: 1024,
          workMs: 5,
        },
      },
    ]),
    edges: measurements.rows.map((r) => ({
      id: `e-${key(r)}`,
      from: `c-${key(r)}`,
      to: `f-${key(r)}`,
    })),
    traffic: Object.fromEntries(
      measurements.rows.map((r) => [
        `c-${key(r)}`,
        { ...DEFAULT_TRAFFIC, pattern: 'steady', ratePerSec: RATE_PER_SEC },
      ]),
    ),
    settings: { ...DEFAULT_SETTINGS, seed: 12, durationSec: DURATION_SEC, keepAliveSec: 0 },
  };
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new Error(parsed.errors.join(' '));
  return parsed.scenario;
}

describe('INIT in the engine, every invocation cold, against lambda-perf 2026-07-23 … 2026-08-22', () => {
  const result = simulate(allCombinations(), { cost: false });

  it('runs one function per combination, each invocation a cold start with an INIT', () => {
    expect(result.functions).toHaveLength(28);
    for (const f of result.functions) {
      expect(f.invocations).toBeGreaterThan(RATE_PER_SEC * DURATION_SEC * 0.8);
      expect(f.coldStarts).toBe(f.invocations);
      expect(f.initMs.count).toBe(f.coldStarts);
    }
  });

  for (const row of measurements.rows) {
    it(`${row.runtime} ${row.packageType} ${row.architecture}: p50 and p90 within 25 % of the measurement`, () => {
      const f = result.functions.find((x) => x.nodeId === `f-${key(row)}`);
      if (!f) throw new Error(`no function for ${key(row)}`);
      expect(Math.abs(f.initMs.p50 / row.p50Ms - 1)).toBeLessThan(0.25);
      expect(Math.abs(f.initMs.p90 / row.p90Ms - 1)).toBeLessThan(0.25);
    });
  }
});
