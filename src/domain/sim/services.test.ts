/** Managed services: fan-out, rule matching, workflows, notifications, usage for pricing. */
import { buildScenario } from './fixtures.ts';
import { simulate } from './simulate.ts';

describe('services', () => {
  it('SNS delivers a copy of every message to every subscriber', () => {
    const r = simulate(
      buildScenario({
        nodes: [
          ['app', 'custom-event'],
          ['topic', 'sns'],
          ['a', 'sqs'],
          ['b', 'sqs'],
          ['fn', 'lambda'],
        ],
        edges: [
          ['app', 'topic'],
          ['topic', 'a'],
          ['topic', 'b'],
          ['topic', 'fn'],
        ],
        traffic: { app: { ratePerSec: 10, payloadKb: 100 } },
        settings: { durationSec: 60 },
      }),
    );
    const published = (r.usage.topic as { publishes: number }).publishes;
    expect(published).toBeGreaterThan(400);
    expect(r.queues.map((q) => q.received)).toEqual([published, published]);
    expect(r.functions[0]!.invocations).toBeGreaterThan(published - 5);
    // SQS bills each 64 KB chunk: a 100 KB message is two requests.
    expect((r.usage.a as { requests: number }).requests).toBe(2 * published);
  });

  it('EventBridge routes only the events that match its rules', () => {
    const r = simulate(
      buildScenario({
        nodes: [
          ['app', 'custom-event'],
          ['bus', 'eventbridge', { matchPercent: 25 }],
          ['q', 'sqs'],
        ],
        edges: [
          ['app', 'bus'],
          ['bus', 'q'],
        ],
        traffic: { app: { ratePerSec: 50 } },
        settings: { durationSec: 60 },
      }),
    );
    const events = (r.usage.bus as { events: number }).events;
    expect(r.queues[0]!.received / events).toBeGreaterThan(0.2);
    expect(r.queues[0]!.received / events).toBeLessThan(0.3);
  });

  it('Step Functions runs its tasks in sequence and counts transitions', () => {
    const r = simulate(
      buildScenario({
        nodes: [
          ['tick', 'schedule', { expression: 'rate(1 minute)' }],
          ['flow', 'step-functions'],
          ['first', 'lambda'],
          ['second', 'lambda'],
        ],
        edges: [
          ['tick', 'flow'],
          ['flow', 'first'],
          ['flow', 'second'],
        ],
        settings: { durationSec: 600 },
      }),
      { trace: true },
    );
    expect(r.functions.map((f) => f.invocations)).toEqual([10, 10]);
    expect(r.usage.flow).toMatchObject({ kind: 'step-functions', transitions: 20 });
    expect(r.usage.tick).toMatchObject({ kind: 'eventbridge', schedulerInvocations: 10 });
    // The second task of each run starts after the first one has answered.
    const t = r.trace!;
    const first = t.edgeIds.indexOf('flow-first');
    const second = t.edgeIds.indexOf('flow-second');
    const answers: number[] = [];
    const starts: number[] = [];
    for (let k = 0; k < t.tokens.count; k++) {
      if (t.tokens.edge[k] === first && t.tokens.flags[k]! & 1) answers.push(t.tokens.t1[k]!);
      if (t.tokens.edge[k] === second && !(t.tokens.flags[k]! & 1)) starts.push(t.tokens.t0[k]!);
    }
    starts.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(answers[i]!));
  });

  it('S3 notifies the function of each uploaded object', () => {
    const r = simulate(
      buildScenario({
        nodes: [
          ['uploads', 'file-upload'],
          ['bucket', 's3'],
          ['fn', 'lambda'],
          ['thumbs', 's3'],
        ],
        edges: [
          ['uploads', 'bucket'],
          ['bucket', 'fn'],
          ['fn', 'thumbs', 'put'],
        ],
        traffic: { uploads: { ratePerSec: 2 } },
        settings: { durationSec: 120 },
      }),
    );
    const puts = (r.usage.bucket as { putRequests: number }).putRequests;
    expect(r.functions[0]!.invocations).toBeGreaterThan(puts - 3);
    expect((r.usage.thumbs as { putRequests: number }).putRequests).toBeGreaterThan(puts - 3);
    expect(r.requests.succeeded).toBeGreaterThan(r.requests.total - 3);
  });

  it('answers the client once SQS has stored the message (direct integration)', () => {
    const r = simulate(
      buildScenario({
        nodes: [
          ['clients', 'http-clients'],
          ['api', 'api-gateway'],
          ['q', 'sqs'],
        ],
        edges: [
          ['clients', 'api'],
          ['api', 'q'],
        ],
        traffic: { clients: { ratePerSec: 10 } },
        settings: { durationSec: 60 },
      }),
    );
    expect(r.latency.ok).toBe(r.latency.count);
    expect(r.latency.p99Ms).toBeLessThan(100);
    // Nobody polls the queue: every message is still waiting.
    expect(r.queues[0]!.finalDepth).toBe(r.queues[0]!.received);
    expect(r.requests.inFlight).toBe(r.queues[0]!.received);
  });

  it('prices the run: per node, as one bill, over time and per month', () => {
    const r = simulate(
      buildScenario({
        nodes: [
          ['clients', 'http-clients'],
          ['api', 'api-gateway'],
          ['fn', 'lambda'],
        ],
        edges: [
          ['clients', 'api'],
          ['api', 'fn'],
        ],
        traffic: { clients: { ratePerSec: 50 } },
        settings: { durationSec: 60 },
      }),
    );
    const cost = r.cost!;
    expect(cost.total.usd).toBeGreaterThan(0);
    expect(Object.keys(cost.byNode).sort()).toEqual(['api', 'fn']);
    const series = r.series.costUsd;
    expect(series[series.length - 1]).toBeCloseTo(cost.total.usd, 9);
    for (let k = 1; k < series.length; k++)
      expect(series[k]!).toBeGreaterThanOrEqual(series[k - 1]!);
    expect(cost.monthly.usd).toBeGreaterThan(cost.total.usd * 1000);
  });
});
