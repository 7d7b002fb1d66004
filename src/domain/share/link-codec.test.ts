import LZString from 'lz-string';
import {
  DEFAULT_SETTINGS,
  SCENARIO_VERSION,
  emptyScenario,
  parseScenario,
  type Scenario,
} from '../diagram/index.ts';
import { checksum } from './checksum.ts';
import { FORMAT_PREFIX } from './format-s1.ts';
import {
  MAX_FRAGMENT_CHARS,
  MAX_PACKED_CHARS,
  decodeScenarioFragment,
  encodeScenarioToFragment,
  fragmentFromHash,
  fragmentFromPackedJson,
  shareUrl,
} from './link-codec.ts';
import { packScenario } from './pack.ts';

/** HTTP clients → API Gateway → Lambda (some non-default settings) → DynamoDB. */
function restApi(): Scenario {
  const parsed = parseScenario({
    ...emptyScenario('REST API'),
    description: 'Orders in, orders stored.',
    nodes: [
      {
        id: 'clients',
        kind: 'http-clients',
        label: 'clients',
        position: { x: 0.4, y: -0.3 },
        config: {},
      },
      {
        id: 'api',
        kind: 'api-gateway',
        label: 'orders-api',
        position: { x: 260, y: 0 },
        config: {},
      },
      {
        id: 'fn',
        kind: 'lambda',
        label: 'create-order',
        position: { x: 519.6, y: 0 },
        config: { memoryMb: 1024 },
      },
      { id: 'orders', kind: 'dynamodb', label: 'orders', position: { x: 780, y: 0 }, config: {} },
    ],
    edges: [
      { id: 'clients-api', from: 'clients', to: 'api' },
      { id: 'e2', from: 'api', to: 'fn' },
      { id: 'fn-orders', from: 'fn', to: 'orders', variant: 'read' },
    ],
    traffic: {
      clients: {
        pattern: 'burst',
        ratePerSec: 20,
        payloadKb: 2,
        peakMultiplier: 10,
        periodSec: 60,
      },
    },
    settings: { ...DEFAULT_SETTINGS, seed: 7 },
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

const decodeOk = (fragment: string) => {
  const result = decodeScenarioFragment(fragment);
  if (!result.ok) throw new Error(result.error);
  return result.scenario;
};

const failure = (fragment: string) => {
  const result = decodeScenarioFragment(fragment);
  return result.ok ? { problem: 'ok', error: '' } : result;
};

describe('encodeScenarioToFragment', () => {
  it('starts with the format marker and uses only URL-safe characters', () => {
    expect(encodeScenarioToFragment(restApi())).toMatch(/^s1\.[A-Za-z0-9+$-]+$/);
  });

  it('leaves out defaults, ids that repeat the label or the default edge id, and rounds positions', () => {
    expect(packScenario(restApi())).toEqual([
      4,
      'REST API',
      [
        [0, 'clients'],
        [5, 'orders-api', 260, 0, 0, 'api'],
        [4, 'create-order', 520, 0, { memoryMb: 1024 }, 'fn'],
        [9, 'orders', 780],
      ],
      [
        [0, 1],
        [1, 2, 0, 'e2'],
        [2, 3, 'read'],
      ],
      [[0, { p: 'burst', r: 20 }]],
      { s: 7 },
      'Orders in, orders stored.',
    ]);
  });

  it('round-trips a scenario, with positions rounded to whole pixels', () => {
    const scenario = restApi();
    const decoded = decodeOk(encodeScenarioToFragment(scenario));
    expect(decoded.nodes.map((n) => n.position)).toEqual([
      { x: 0, y: 0 },
      { x: 260, y: 0 },
      { x: 520, y: 0 },
      { x: 780, y: 0 },
    ]);
    expect({ ...decoded, nodes: [] }).toEqual({ ...scenario, nodes: [] });
    expect(decoded.nodes.map((n) => n.config)).toEqual(scenario.nodes.map((n) => n.config));
  });

  it('round-trips the empty scenario in a short fragment', () => {
    const fragment = encodeScenarioToFragment(emptyScenario());
    expect(decodeOk(fragment)).toEqual(emptyScenario());
    expect(fragment.length).toBeLessThan(60);
  });
});

describe('decodeScenarioFragment refuses, with a sentence for a person', () => {
  const packed = (value: unknown) => fragmentFromPackedJson(JSON.stringify(value));

  it('an empty fragment', () => {
    expect(failure('')).toMatchObject({
      problem: 'empty',
      error: 'This link has no scenario in it.',
    });
  });

  it('something that is not a scenario link', () => {
    expect(failure('hello-world')).toMatchObject({ problem: 'not-a-scenario' });
  });

  it('a link from a newer format', () => {
    expect(failure('s2.AAAAxyz')).toMatchObject({
      problem: 'newer',
      error: expect.stringContaining('newer version of Serverless Explorer'),
    });
  });

  it('a link cut off when it was copied', () => {
    const fragment = encodeScenarioToFragment(restApi());
    for (const end of [3, 5, 7, 20, fragment.length - 1]) {
      expect(failure(fragment.slice(0, end))).toMatchObject({
        problem: 'damaged',
        error: expect.stringContaining(
          'This link is damaged (it may have been cut off when it was copied)',
        ),
      });
    }
  });

  it('a link with one character changed', () => {
    const fragment = encodeScenarioToFragment(restApi());
    const at = Math.floor(fragment.length / 2);
    const flipped =
      fragment.slice(0, at) + (fragment[at] === 'A' ? 'B' : 'A') + fragment.slice(at + 1);
    expect(failure(flipped)).toMatchObject({ problem: 'damaged' });
  });

  it('a link over the size cap, without reading it', () => {
    const huge = FORMAT_PREFIX + 'A'.repeat(MAX_FRAGMENT_CHARS);
    expect(failure(huge)).toMatchObject({
      problem: 'too-long',
      error: expect.stringContaining('200,000'),
    });
  });

  // lz-string takes about 2 s to build this 2.5 KB link that expands to a million characters.
  it(
    'a compression bomb (a small link that expands to far more than a scenario)',
    { timeout: 20_000 },
    () => {
      const bomb = LZString.compressToEncodedURIComponent('a'.repeat(MAX_PACKED_CHARS + 1));
      expect(bomb.length).toBeLessThan(3_000);
      expect(failure(FORMAT_PREFIX + checksum(bomb) + bomb)).toMatchObject({ problem: 'refused' });
    },
  );

  it('deeply nested data', () => {
    expect(failure(fragmentFromPackedJson('['.repeat(50_000) + ']'.repeat(50_000)))).toMatchObject({
      problem: 'damaged',
    });
  });

  it('data that is not JSON, or not a packed scenario', () => {
    expect(failure(fragmentFromPackedJson('{oops'))).toMatchObject({ problem: 'damaged' });
    expect(failure(packed({ version: 1 }))).toMatchObject({ problem: 'damaged' });
    expect(failure(packed([1, 'x', [['lambda']], [], [], {}, '', 'extra']))).toMatchObject({
      problem: 'damaged',
    });
    expect(failure(packed([1, 'x', [[4, 'f']], [[0, 5]]]))).toMatchObject({ problem: 'damaged' });
    expect(failure(packed([1, 'x', 0, 0, 0, { zz: 1 }]))).toMatchObject({ problem: 'damaged' });
  });

  it('a document version from the future', () => {
    expect(failure(packed([SCENARIO_VERSION + 1, 'x']))).toMatchObject({
      problem: 'newer',
      error: expect.stringContaining('newer version'),
    });
  });

  it('a kind of node this version does not know', () => {
    expect(failure(packed([1, 'x', [[99, 'quantum']]]))).toMatchObject({ problem: 'newer' });
    expect(failure(packed([1, 'x', [['quantum-computer', 'q']]]))).toMatchObject({
      problem: 'invalid',
      error: expect.stringContaining('unknown kind "quantum-computer"'),
    });
  });

  it('a scenario that breaks a limit, with the limit in the message', () => {
    expect(failure(packed([1, 'x', [[4, 'f', 0, 0, { memoryMb: 20_000 }]]]))).toMatchObject({
      problem: 'invalid',
      error: expect.stringContaining('Memory must be between 128 and 10,240 MB'),
    });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('the reserved key "%s", anywhere', (key) => {
    const inConfig = `[1,"x",[[4,"f",0,0,{"${key}":{"memoryMb":5}}]]]`;
    expect(failure(fragmentFromPackedJson(inConfig))).toMatchObject({
      problem: 'refused',
      error: expect.stringContaining(`"${key}"`),
    });
    const unicodeEscape = `\\u${key.charCodeAt(0).toString(16).padStart(4, '0')}${key.slice(1)}`;
    const escaped = `[1,"x",0,0,0,{"${unicodeEscape}":1}]`;
    expect(failure(fragmentFromPackedJson(escaped))).toMatchObject({ problem: 'refused' });
    // As a node id, it would become a key of the traffic record.
    const asTrafficKey = packed([1, 'x', [[0, 'clients', 0, 0, 0, key]], 0, [[0, { r: 1 }]]]);
    expect(failure(asTrafficKey)).toMatchObject({ problem: 'refused' });
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('turns "+" that became a space back into "+"', () => {
    const fragment = encodeScenarioToFragment(restApi());
    expect(decodeScenarioFragment(fragment.replace(/\+/g, ' ')).ok).toBe(true);
  });
});

describe('shareUrl and fragmentFromHash', () => {
  it('builds a hash-route link on the page address, dropping its current fragment', () => {
    const scenario = restApi();
    const fragment = encodeScenarioToFragment(scenario);
    expect(shareUrl('https://example.org/explorer/#/learn/cold-starts', scenario)).toBe(
      `https://example.org/explorer/#/s/${fragment}`,
    );
    expect(shareUrl('http://127.0.0.1:5173/', scenario)).toBe(
      `http://127.0.0.1:5173/#/s/${fragment}`,
    );
  });

  it('finds the fragment of the shared-scenario route only', () => {
    expect(fragmentFromHash('#/s/s1.abc')).toBe('s1.abc');
    expect(fragmentFromHash('/s/s1.abc')).toBe('s1.abc');
    expect(fragmentFromHash('#/s/')).toBe('');
    expect(fragmentFromHash('#/learn/cold-starts')).toBeNull();
    expect(fragmentFromHash('')).toBeNull();
    expect(fragmentFromHash('#/settings')).toBeNull();
  });

  it('undoes percent-encoding that chat apps add, and survives a stray "%"', () => {
    expect(fragmentFromHash('#/s/s1.a%24b%2Bc')).toBe('s1.a$b+c');
    expect(fragmentFromHash('#/s/s1.a%E0b')).toBe('s1.a%E0b');
  });

  it('a link read from the address bar decodes to the scenario', () => {
    const scenario = restApi();
    const url = new URL(shareUrl('https://example.org/', scenario));
    expect(decodeScenarioFragment(fragmentFromHash(url.hash) ?? '').ok).toBe(true);
  });
});
