/** Asynchronous and poll-based invocation: retries, destinations, dead-letter queues, shards. */
import { buildScenario, type ScenarioSpec } from './fixtures.ts';
import { simulate } from './simulate.ts';

const events = (
  rate: number,
  durationSec: number,
  rest: Omit<ScenarioSpec, 'traffic' | 'settings'>,
) => buildScenario({ ...rest, traffic: { app: { ratePerSec: rate } }, settings: { durationSec } });

describe('asynchronous invocation', () => {
  it('retries a failing event twice (1 min, then 2 min later), then drops it', () => {
    const r = simulate(
      events(0.2, 900, {
        nodes: [
          ['app', 'custom-event'],
          ['fn', 'lambda', { errorRate: 100 }],
        ],
        edges: [['app', 'fn']],
      }),
    );
    const fn = r.functions[0]!;
    // Events older than 3 minutes have had all three attempts.
    expect(fn.dropped).toBeGreaterThan(0);
    expect(fn.retries).toBeGreaterThanOrEqual(2 * fn.dropped);
    expect(r.requests.failed).toBe(fn.dropped);
    expect(r.requests.succeeded).toBe(0);
    expect(r.requests.inFlight).toBe(r.requests.total - fn.dropped);
  });

  it('sends what keeps failing to the on-failure destination (dead-lettered)', () => {
    const r = simulate(
      events(0.2, 900, {
        nodes: [
          ['app', 'custom-event'],
          ['fn', 'lambda', { errorRate: 100, maxRetryAttempts: 0 }],
          ['failed', 'sqs'],
        ],
        edges: [
          ['app', 'fn'],
          ['fn', 'failed', 'on-failure'],
        ],
      }),
    );
    expect(r.functions[0]!.deadLettered).toBe(r.requests.deadLettered);
    expect(r.requests.deadLettered).toBeGreaterThan(100);
    const queue = r.queues.find((q) => q.nodeId === 'failed')!;
    expect(queue.received).toBe(r.requests.deadLettered);
    expect(r.requests.total).toBe(r.requests.deadLettered + r.requests.inFlight);
  });

  it('retries throttled events with back-off for up to 6 hours', () => {
    const r = simulate(
      events(1 / 600, 8 * 3600, {
        nodes: [
          ['app', 'custom-event'],
          ['fn', 'lambda', { reservedConcurrency: 0 }],
        ],
        edges: [['app', 'fn']],
      }),
    );
    expect(r.functions[0]!.invocations).toBe(0);
    expect(r.requests.throttled).toBeGreaterThan(0);
    // Each event is tried many times before it is given up.
    expect(r.functions[0]!.retries).toBeGreaterThan(40 * r.requests.throttled);
  });
});

describe('SQS', () => {
  const queue = (errorRate: number, queueConfig: Record<string, unknown> = {}) =>
    events(5, 600, {
      nodes: [
        ['app', 'custom-event'],
        [
          'orders',
          'sqs',
          { visibilityTimeoutSec: 30, maxReceiveCount: 3, ...queueConfig } as never,
        ],
        ['fn', 'lambda', { errorRate }],
      ],
      edges: [
        ['app', 'orders'],
        ['orders', 'fn'],
      ],
    });

  it('delivers every message in batches when the function succeeds', () => {
    const r = simulate(queue(0));
    const q = r.queues[0]!;
    expect(q.delivered).toBeGreaterThan(q.received - 20);
    expect(r.functions[0]!.invocations).toBeLessThan(q.received);
  });

  it('redelivers failed batches and moves a message to the DLQ after maxReceiveCount', () => {
    const r = simulate(queue(100));
    const q = r.queues[0]!;
    expect(q.delivered).toBe(0);
    expect(q.deadLettered).toBeGreaterThan(0.8 * q.received);
    expect(q.retries).toBeGreaterThanOrEqual(2 * q.deadLettered);
    expect(r.requests.deadLettered).toBe(q.deadLettered);
  });

  it('waits up to the batch window to fill a batch', () => {
    const windowless = simulate(queue(0, { batchSize: 100, batchWindowSec: 0 }));
    const windowed = simulate(queue(0, { batchSize: 100, batchWindowSec: 10 }));
    expect(windowed.functions[0]!.invocations).toBeLessThan(
      windowless.functions[0]!.invocations / 5,
    );
  });
});

describe('streams', () => {
  it('blocks a Kinesis shard while its failing batch is retried', () => {
    const r = simulate(
      events(20, 300, {
        nodes: [
          ['app', 'custom-event'],
          ['stream', 'kinesis', { shards: 2, batchSize: 50 }],
          ['fn', 'lambda', { errorRate: 100 }],
        ],
        edges: [
          ['app', 'stream'],
          ['stream', 'fn'],
        ],
      }),
    );
    const q = r.queues.find((x) => x.kind === 'kinesis')!;
    expect(q.delivered).toBe(0);
    expect(q.finalDepth).toBe(q.received);
    // Two shards, one batch each at a time, retried with back-off: few invocations.
    expect(r.functions[0]!.invocations).toBeLessThan(40);
  });

  it('reads a DynamoDB stream in order, one batch at a time', () => {
    const r = simulate(
      events(10, 120, {
        nodes: [
          ['app', 'custom-event'],
          ['writer', 'lambda'],
          ['table', 'dynamodb', { stream: true }],
          ['reader', 'lambda'],
        ],
        edges: [
          ['app', 'writer'],
          ['writer', 'table', 'write'],
          ['table', 'reader'],
        ],
      }),
      { trace: true },
    );
    const q = r.queues.find((x) => x.kind === 'dynamodb-stream')!;
    expect(q.delivered).toBeGreaterThan(q.received - 30);
    // One shard, one batch at a time: each batch leaves only after the previous one was answered.
    const t = r.trace!;
    const edge = t.edgeIds.indexOf('table-reader');
    const sent: number[] = [];
    const answered: number[] = [];
    for (let k = 0; k < t.tokens.count; k++) {
      if (t.tokens.edge[k] !== edge) continue;
      if (t.tokens.flags[k]! & 1) answered.push(t.tokens.t1[k]!);
      else sent.push(t.tokens.t0[k]!);
    }
    expect(sent.length).toBeGreaterThan(10);
    answered.sort((a, b) => a - b);
    for (let i = 1; i < sent.length; i++) expect(sent[i]!).toBeGreaterThanOrEqual(answered[i - 1]!);
  });
});
