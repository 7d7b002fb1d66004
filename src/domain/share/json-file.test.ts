import fc from 'fast-check';
import { arbitraryScenario } from '../diagram/test-support/arbitrary-scenario.ts';
import { emptyScenario, parseScenario, type Scenario } from '../diagram/index.ts';
import { MAX_JSON_CHARS, parseScenarioJson, scenarioToJson } from './json-file.ts';

function lambdaScenario(): Scenario {
  const parsed = parseScenario({
    ...emptyScenario('One function'),
    nodes: [
      { id: 'fn', kind: 'lambda', label: 'resize-image', position: { x: 10.5, y: 20 }, config: {} },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

const errorsOf = (text: string) => {
  const result = parseScenarioJson(text);
  return result.ok ? [] : result.errors;
};

describe('scenarioToJson', () => {
  it('is indented, ends with a newline and reads back exactly (fractional positions too)', () => {
    const scenario = lambdaScenario();
    const text = scenarioToJson(scenario);
    expect(text).toMatch(/^\{\n {2}"version": 4,\n {2}"name": "One function",/);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseScenarioJson(text)).toEqual({ ok: true, scenario });
  });

  it('writes keys in one order, whatever order the object was built in', () => {
    const scenario = lambdaScenario();
    const node = scenario.nodes[0]!;
    const shuffled: Scenario = {
      settings: { ...scenario.settings },
      traffic: {},
      edges: [],
      nodes: [
        {
          config: Object.fromEntries(Object.entries(node.config).reverse()),
          position: { y: node.position.y, x: node.position.x },
          label: node.label,
          kind: node.kind,
          id: node.id,
        },
      ],
      description: scenario.description,
      name: scenario.name,
      version: scenario.version,
    };
    expect(scenarioToJson(shuffled)).toBe(scenarioToJson(scenario));
    expect(Object.keys(JSON.parse(scenarioToJson(shuffled)).nodes[0].config)).toEqual(
      Object.keys(node.config),
    );
  });

  it('round-trips arbitrary valid scenarios exactly', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (scenario) => {
        expect(parseScenarioJson(scenarioToJson(scenario))).toEqual({ ok: true, scenario });
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseScenarioJson errors', () => {
  it('a JSON syntax error, with line and column', () => {
    const text = scenarioToJson(lambdaScenario()).replace(
      '"name": "One function",',
      '"name": "One function"',
    );
    expect(errorsOf(text)).toEqual([
      expect.stringMatching(/^Not valid JSON: .+ \(line 4, column 3\)\.$/),
    ]);
  });

  it('an empty file, or a byte-order mark before good JSON', () => {
    expect(errorsOf('  \n')).toEqual(['It is empty.']);
    expect(parseScenarioJson(`\uFEFF${scenarioToJson(lambdaScenario())}`).ok).toBe(true);
  });

  it('a file over the size cap', () => {
    expect(errorsOf(' '.repeat(MAX_JSON_CHARS + 1))).toEqual([
      'Too large to be a scenario (2 MB; the limit is 2 MB).',
    ]);
  });

  it('deep nesting', () => {
    expect(errorsOf('['.repeat(100_000) + ']'.repeat(100_000))).toEqual([
      expect.stringContaining('nested more than 12 levels deep'),
    ]);
  });

  it('valid JSON that is not a scenario: parseScenario’s own messages', () => {
    expect(errorsOf('[1, 2]')).toEqual(['A scenario must be a JSON object.']);
    expect(errorsOf('{"name": "x"}')).toEqual([expect.stringContaining('no valid "version"')]);
    const tooMuchMemory = scenarioToJson(lambdaScenario()).replace(
      '"memoryMb": 512',
      '"memoryMb": 20000',
    );
    expect(errorsOf(tooMuchMemory)).toEqual([
      expect.stringContaining('Memory must be between 128 and 10,240 MB'),
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'a "%s" key, refused before it reaches any object',
    (key) => {
      const text = scenarioToJson(lambdaScenario()).replace(
        '"config": {',
        `"config": {"${key}": {"memoryMb": 20000},`,
      );
      expect(errorsOf(text)).toEqual([expect.stringContaining(`reserved name "${key}"`)]);
      expect(Object.keys(Object.prototype)).toEqual([]);
    },
  );
});

describe('parseScenarioJson never throws', () => {
  it('on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        expect(typeof parseScenarioJson(text).ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  it('on any JSON, including reserved keys and deep nesting, and never pollutes Object.prototype', () => {
    // Written as text: in an object literal `__proto__` would set the prototype, not a key.
    const protoKeyed = fc
      .tuple(
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.jsonValue({ maxDepth: 4 }),
      )
      .chain(([key, v]) =>
        fc.constantFrom(
          `{"${key}": ${JSON.stringify(v)}, "version": 1}`,
          `{"version": 1, "nodes": [{"config": {"${key}": {"polluted": 1}}}], "traffic": ${JSON.stringify(v)}}`,
          `{"version": 1, "traffic": {"${key}": {"ratePerSec": 1}}, "settings": ${JSON.stringify(v)}}`,
        ),
      );
    const json = fc.oneof(
      fc.json({ maxDepth: 20 }),
      fc.jsonValue().map((v) => JSON.stringify({ version: 1, nodes: [v], edges: v, traffic: v })),
      protoKeyed,
    );
    fc.assert(
      fc.property(json, (text) => {
        const result = parseScenarioJson(text);
        if (result.ok) expect(parseScenario(result.scenario).ok).toBe(true);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
