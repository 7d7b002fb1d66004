import { simulate } from '../domain/sim/index.ts';
import { restApiScenario } from '../domain/sim/test-support/fixture-scenarios.ts';
import {
  CancelledError,
  InvalidScenarioError,
  runInSlices,
  transferablesOf,
} from './sim-runner.ts';
import { createWorkerHandler } from './sim-worker-core.ts';
import type { FromWorker } from './sim-protocol.ts';

const scenario = () => {
  const s = restApiScenario();
  s.settings.durationSec = 60;
  return s;
};

describe('running in slices', () => {
  it('gives exactly the result of a single run, however it is sliced', async () => {
    const whole = simulate(scenario(), { trace: true });
    const sliced = await runInSlices(scenario(), { trace: true }, { sliceEvents: 997 });
    expect(sliced.requests).toEqual(whole.requests);
    expect(sliced.latency).toEqual(whole.latency);
    expect(sliced.series.concurrency).toEqual(whole.series.concurrency);
    expect(sliced.trace!.tokens.t0).toEqual(whole.trace!.tokens.t0);
  });

  it('reports progress that only grows and ends at 1', async () => {
    const seen: number[] = [];
    await runInSlices(
      scenario(),
      {},
      { sliceEvents: 2000, onProgress: (p) => seen.push(p.progress) },
    );
    expect(seen.length).toBeGreaterThan(3);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen[seen.length - 1]).toBe(1);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const run = runInSlices(
      scenario(),
      {},
      {
        sliceEvents: 1000,
        signal: controller.signal,
        onProgress: (p) => p.progress > 0.2 && controller.abort(),
      },
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });

  it('refuses an invalid scenario with its errors', async () => {
    await expect(runInSlices({ version: 1, nodes: 'nope' }, {})).rejects.toBeInstanceOf(
      InvalidScenarioError,
    );
  });

  it('finds the buffers to transfer out of a worker', () => {
    const result = simulate(scenario(), { trace: true });
    const buffers = transferablesOf(result);
    expect(buffers).toContain(result.trace!.tokens.t0.buffer);
    expect(buffers).toContain(result.series.requests.buffer);
    expect(new Set(buffers).size).toBe(buffers.length);
  });
});

describe('the worker message handler', () => {
  it('answers a run with progress, then the result and its transferables', async () => {
    const posted: { message: FromWorker; transfer?: Transferable[] }[] = [];
    const handle = createWorkerHandler(
      (message, transfer) => posted.push({ message, transfer }),
      5000,
    );
    await handle({ type: 'run', id: 7, scenario: scenario(), options: { trace: true } });
    const last = posted[posted.length - 1]!;
    expect(
      posted.slice(0, -1).every((p) => p.message.type === 'progress' && p.message.id === 7),
    ).toBe(true);
    expect(last.message.type).toBe('result');
    expect(last.transfer!.length).toBeGreaterThan(10);
  });

  it('answers cancelled when cancelled, and error for an invalid scenario', async () => {
    const posted: FromWorker[] = [];
    const handle = createWorkerHandler((message) => posted.push(message), 1000);
    const run = handle({ type: 'run', id: 1, scenario: scenario(), options: {} });
    await handle({ type: 'cancel', id: 1 });
    await run;
    expect(posted[posted.length - 1]).toEqual({ type: 'cancelled', id: 1 });
    await handle({ type: 'run', id: 2, scenario: { version: 99 }, options: {} });
    const error = posted[posted.length - 1]!;
    expect(error.type).toBe('error');
    expect(error.type === 'error' && error.errors[0]).toMatch(/newer version/);
  });
});
