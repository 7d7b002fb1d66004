// The three meters of scenario format 3, reached from config through a run: each line of the
// run's bill equals what the run's counts give by hand at the page rates.
import { describe, expect, it } from 'vitest';
import type { Config } from '../../catalog/fields.ts';
import { buildScenario } from '../../sim/fixtures.ts';
import { simulate } from '../../sim/index.ts';

const settings = { durationSec: 60, freeTier: false, seed: 7 };
const line = (r: ReturnType<typeof simulate>, item: string) =>
  r.cost?.total.lines.find((l) => l.item === item);

function run(api: Config, fn: Config = {}) {
  return simulate(
    buildScenario({
      nodes: [
        ['clients', 'http-clients'],
        ['api', 'api-gateway', api],
        ['fn', 'lambda', { timeoutSec: 60, ...fn }],
      ],
      edges: [
        ['clients', 'api'],
        ['api', 'fn'],
      ],
      traffic: { clients: { ratePerSec: 5, payloadKb: 3 } },
      settings,
    }),
  );
}

describe('meters a learner reaches from the inspector', () => {
  it('response streaming: every answered call streams 10 MB, 4 MB of it billed at $0.008/GB', () => {
    const r = run({}, { invokeMode: 'RESPONSE_STREAM', responseMb: 10 });
    // Invocations that ended in the run (those still streaming at the end are not billed yet);
    // none fails here (no error rate, a 60 s timeout).
    const ended = r.usage.fn;
    const answered = ended?.kind === 'lambda' ? ended.requests : 0;
    expect(r.functions[0]?.errors).toBe(0);
    expect(answered).toBeGreaterThan(0);
    const gb = (answered * (10 - 6)) / 1024;
    expect(line(r, 'lambda.streaming')?.quantity).toBeCloseTo(gb, 9);
    expect(line(r, 'lambda.streaming')?.usd).toBeCloseTo(gb * 0.008, 12);
  });

  it('the 2 MB/s cap past 6 MB makes each streamed invocation 2 s longer (4 MB ÷ 2 MB/s)', () => {
    const buffered = run({}).functions[0]?.meanDurationMs ?? 0;
    const streamed =
      run({}, { invokeMode: 'RESPONSE_STREAM', responseMb: 10 }).functions[0]?.meanDurationMs ?? 0;
    expect(streamed - buffered).toBeGreaterThan(1900);
  });

  it('a buffered function has no streaming line', () => {
    expect(line(run({}), 'lambda.streaming')).toBeUndefined();
  });

  it('a WebSocket API: two 32 KB messages per call, 30 ÷ 100 connection minutes per message', () => {
    const r = run({ apiType: 'websocket', messagesPerConnection: 100, connectionMinutes: 30 });
    const calls = r.services.find((s) => s.nodeId === 'api')?.handled ?? 0;
    expect(calls).toBeGreaterThan(0);
    expect(line(r, 'apigw.websocket.messages')?.quantity).toBe(2 * calls);
    expect(line(r, 'apigw.websocket.messages')?.usd).toBeCloseTo((2 * calls * 1.0) / 1e6, 12);
    expect(line(r, 'apigw.websocket.connectionMinutes')?.quantity).toBeCloseTo(calls * 0.3, 9);
    expect(line(r, 'apigw.rest')).toBeUndefined();
  });

  it('a 1.6 GB REST cache is billed for the whole run: 60 s = 1/60 h × $0.038', () => {
    const r = run({ cacheSizeGb: '1.6' });
    expect(line(r, 'apigw.cache.1.6')?.quantity).toBeCloseTo(1 / 60, 12);
    expect(line(r, 'apigw.cache.1.6')?.usd).toBeCloseTo(0.038 / 60, 12);
    expect(line(r, 'apigw.cache.1.6')?.label).toBe('API cache, 1.6 GB');
  });
});
