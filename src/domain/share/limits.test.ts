import { emptyScenario, parseScenario, type Scenario } from '../diagram/index.ts';
import { MAX_JSON_CHARS, parseScenarioJson, scenarioToJson } from './json-file.ts';
import {
  MAX_FRAGMENT_CHARS,
  decodeScenarioFragment,
  encodeScenarioToFragment,
} from './link-codec.ts';

/** A deterministic PRNG (Park–Miller), so the worst case is the same on every run. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
}

/**
 * The largest scenario the schema allows, filled with what compresses worst: random CJK text
 * in every label, name and description, random 40-character ids, no default values.
 */
function largestScenario(): Scenario {
  const rnd = random(7);
  const text = (n: number) =>
    String.fromCharCode(...Array.from({ length: n }, () => 0x4e00 + Math.floor(rnd() * 0x5000)));
  const idChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  const id = (n: number) =>
    Array.from({ length: n }, () => idChars[Math.floor(rnd() * 64)]).join('');
  const nodes = Array.from({ length: 200 }, (_, i) => ({
    id: id(37) + i,
    kind: 'lambda',
    label: text(64),
    position: { x: Math.floor(rnd() * 2e6 - 1e6), y: Math.floor(rnd() * 2e6 - 1e6) },
    config: {
      runtime: 'java',
      architecture: 'arm64',
      memoryMb: 128 + Math.floor(rnd() * 10_000),
      timeoutSec: 1 + Math.floor(rnd() * 899),
      durationModel: 'exponential',
      workMs: rnd() * 9e5,
      warmMeanMs: 1 + rnd() * 1000,
      coldMeanMs: 2000 + rnd() * 5000,
      packageMb: rnd() * 250,
      errorRate: rnd() * 100,
      reservedConcurrency: 500 + Math.floor(rnd() * 400),
      provisionedConcurrency: Math.floor(rnd() * 500),
      maxRetryAttempts: 1,
      ephemeralStorageMb: 513 + Math.floor(rnd() * 9000),
    },
  }));
  const edges: Scenario['edges'] = [];
  const pairs = new Set<string>();
  while (edges.length < 600) {
    const [a, b] = [Math.floor(rnd() * 200), Math.floor(rnd() * 200)];
    if (a === b || pairs.has(`${a}>${b}`)) continue;
    pairs.add(`${a}>${b}`);
    const variant = ['invoke-async', 'invoke-sync', 'on-failure'][edges.length % 3];
    edges.push({ id: id(40), from: nodes[a]!.id, to: nodes[b]!.id, variant });
  }
  const parsed = parseScenario({
    ...emptyScenario(text(120)),
    description: text(2000),
    nodes,
    edges,
    settings: {
      seed: 123_456_789,
      durationSec: 86_399.5,
      speed: 99.5,
      region: 'us-east-1',
      freeTier: true,
      billingGranularityMs: 100,
      initBilling: false,
      keepAliveSec: 1234.5,
      accountConcurrency: 99_999,
    },
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

describe('size caps leave room for the largest scenario the schema allows', () => {
  const scenario = largestScenario();

  it('its link is under the fragment cap and opens', () => {
    const fragment = encodeScenarioToFragment(scenario);
    expect(fragment.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    expect(decodeScenarioFragment(fragment)).toEqual({ ok: true, scenario });
  });

  it('its exported file is under the file cap and imports', () => {
    const text = scenarioToJson(scenario);
    expect(text.length).toBeLessThan(MAX_JSON_CHARS / 2);
    expect(parseScenarioJson(text)).toEqual({ ok: true, scenario });
  });
});
