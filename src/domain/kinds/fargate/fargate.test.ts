import fc from 'fast-check';
import { billedTaskSeconds } from './billing.ts';
import { evaluateScaling, initialScalingState, type ScalingPolicy } from './scaling.ts';
import type { ServiceConfig } from './service.ts';
import { runStandalone } from './standalone.ts';
import { drawTaskStart, medianStartSeconds } from './start-time.ts';
import { isValidTaskSize, nearestTaskSize } from './task-sizes.ts';
import { Rng } from '../../sim/rng.ts';

describe('Fargate task sizes', () => {
  it('accepts only the published vCPU/memory pairs', () => {
    expect(isValidTaskSize({ vcpu: 0.25, memoryGb: 0.5 })).toBe(true);
    expect(isValidTaskSize({ vcpu: 0.25, memoryGb: 4 })).toBe(false);
    expect(isValidTaskSize({ vcpu: 1, memoryGb: 8 })).toBe(true);
    expect(isValidTaskSize({ vcpu: 8, memoryGb: 18 })).toBe(false); // 4 GB steps from 16
    expect(isValidTaskSize({ vcpu: 16, memoryGb: 120 })).toBe(true);
  });
  it('repairs a size to the nearest valid one', () => {
    expect(nearestTaskSize({ vcpu: 0.3, memoryGb: 0.5 })).toEqual({ vcpu: 0.5, memoryGb: 1 });
    expect(nearestTaskSize({ vcpu: 2, memoryGb: 64 })).toEqual({ vcpu: 2, memoryGb: 16 });
  });
});

describe('Fargate billing', () => {
  it('bills per second from the pull, rounded up, with a one-minute minimum', () => {
    expect(billedTaskSeconds(0, 10_000)).toBe(60);
    expect(billedTaskSeconds(0, 60_000)).toBe(60);
    expect(billedTaskSeconds(0, 61_001)).toBe(62);
    expect(billedTaskSeconds(5_000, 3_605_000)).toBe(3600);
  });
});

describe('task start time (model assumption around the re:Post "30–45 s")', () => {
  it('grows with the image size', () => {
    const small = medianStartSeconds({ imageMb: 100, healthCheckIntervalSec: 30 });
    const large = medianStartSeconds({ imageMb: 2000, healthCheckIntervalSec: 30 });
    expect(small).toBeGreaterThanOrEqual(30);
    expect(small).toBeLessThanOrEqual(45);
    expect(large).toBeGreaterThan(small + 30);
  });
  it('draws starts whose median follows the image size', () => {
    const draw = (imageMb: number) => {
      const rng = new Rng(7);
      const all = Array.from({ length: 401 }, () => {
        const s = drawTaskStart({ imageMb, healthCheckIntervalSec: 0 }, rng);
        return s.provisionMs + s.pullMs;
      }).sort((a, b) => a - b);
      return (all[200] as number) / 1000;
    };
    expect(draw(200)).toBeGreaterThan(20);
    expect(draw(200)).toBeLessThan(28);
    expect(draw(1000)).toBeGreaterThan(draw(200) + 10);
  });
});

const POLICY: ScalingPolicy = {
  target: 50,
  minTasks: 1,
  maxTasks: 10,
  outCooldownMs: 300_000,
  inCooldownMs: 300_000,
};

describe('target tracking on one-minute datapoints', () => {
  const feed = (metrics: number[], desired0 = 2) => {
    let state = initialScalingState();
    let desired = desired0;
    const actions: (string | null)[] = [];
    metrics.forEach((metric, i) => {
      const d = evaluateScaling(POLICY, state, {
        nowMs: (i + 1) * 60_000,
        metric,
        inService: desired0,
        desired,
      });
      state = d.state;
      desired = d.desired;
      actions.push(d.action);
    });
    return { actions, desired };
  };
  it('scales out only after 3 datapoints above the target, proportionally', () => {
    const r = feed([80, 80]);
    expect(r.actions).toEqual([null, null]);
    const r3 = feed([80, 80, 100]);
    expect(r3.actions).toEqual([null, null, 'out']);
    expect(r3.desired).toBe(4); // ceil(2 × 100 / 50)
  });
  it('a dip below the target resets the count', () => {
    expect(feed([80, 80, 40, 80, 80]).actions).not.toContain('out');
  });
  it('scales in only after 15 datapoints below 90 % of the target', () => {
    const fourteen = feed(Array(14).fill(10), 4);
    expect(fourteen.actions).not.toContain('in');
    const fifteen = feed(Array(15).fill(10), 4);
    expect(fifteen.actions.at(-1)).toBe('in');
    expect(fifteen.desired).toBe(3); // gradual: a tenth of the service, at least one task
    // 46 is below the target but above its 90 % threshold: no scale-in.
    expect(feed(Array(20).fill(46), 4).actions).not.toContain('in');
  });
  it('waits out the scale-in cooldown between steps', () => {
    const r = feed(Array(19).fill(10), 4);
    expect(r.actions.filter((a) => a === 'in')).toHaveLength(1);
    const later = feed(Array(20).fill(10), 4);
    expect(later.actions.filter((a) => a === 'in')).toHaveLength(2);
  });
  it('never goes outside min and max', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: 0, max: 1000, noNaN: true }), { maxLength: 60 }),
        (m) => {
          const { desired } = feed(m);
          return desired >= POLICY.minTasks && desired <= POLICY.maxTasks;
        },
      ),
    );
  });
});

const SERVICE: ServiceConfig = {
  vcpu: 0.5,
  minTasks: 1,
  desiredTasks: 1,
  maxTasks: 4,
  perTask: 2,
  imageMb: 200,
  healthCheckIntervalSec: 30,
  deregistrationDelayMs: 300_000,
  queueTimeoutMs: 60_000,
  scaling: { ...POLICY, maxTasks: 4, metric: 'cpu' },
};

describe('a Fargate service', () => {
  it('queues at busy tasks, times out after the timeout, and scales out under load', () => {
    const run = runStandalone(SERVICE, {
      ratePerSec: 40,
      durationMs: 15 * 60_000,
      cpuMs: 50,
      extraMs: 100,
      seed: 3,
    });
    expect(run.outcomes[504]).toBeGreaterThan(0);
    expect(run.tasksStarted).toBe(3);
    expect(run.events.some((e) => e.type === 'scaled' && e.direction === 'out')).toBe(true);
    expect(run.peakLiveTasks).toBe(4);
  });

  it('bills an idle fixed service for the whole run', () => {
    const run = runStandalone(
      { ...SERVICE, desiredTasks: 2, minTasks: 2, scaling: null },
      { ratePerSec: 0, durationMs: 3_600_000, cpuMs: 10, extraMs: 10, seed: 1 },
    );
    expect(run.billedTaskSeconds).toBe(7200);
  });

  it('keeps its invariants for any traffic and settings', () => {
    fc.assert(
      fc.property(
        fc.record({
          rate: fc.float({ min: 0, max: 30, noNaN: true }),
          perTask: fc.integer({ min: 1, max: 4 }),
          max: fc.integer({ min: 1, max: 6 }),
          seed: fc.integer({ min: 0, max: 1000 }),
          scaling: fc.boolean(),
          cpuMs: fc.integer({ min: 1, max: 400 }),
        }),
        ({ rate, perTask, max, seed, scaling, cpuMs }) => {
          const config: ServiceConfig = {
            ...SERVICE,
            perTask,
            maxTasks: max,
            desiredTasks: 1,
            deregistrationDelayMs: 30_000,
            scaling: scaling
              ? { ...POLICY, maxTasks: max, outCooldownMs: 60_000, metric: 'cpu' }
              : null,
          };
          const run = runStandalone(config, {
            ratePerSec: rate,
            durationMs: 8 * 60_000,
            cpuMs,
            extraMs: 20,
            seed,
          });
          const { ok, 503: r503, 504: r504, 502: r502 } = run.outcomes;
          // Every request ends in exactly one outcome, or is still in flight at the end.
          expect(run.endedTwice).toBe(0);
          expect(ok + r503 + r504 + r502 + run.inFlight).toBe(run.submitted);
          expect(run.peakLiveTasks).toBeLessThanOrEqual(max);
          expect(run.billedTaskSeconds).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 25 },
    );
  });
});
