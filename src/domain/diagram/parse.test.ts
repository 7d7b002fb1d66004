import { parseScenario } from './parse.ts';
import { migrate, MIGRATIONS } from './migrations.ts';
import { emptyScenario, SCENARIO_VERSION } from './scenario.ts';
import { addNode, connect } from './edit.ts';

function sample() {
  let s = emptyScenario('sample');
  for (const kind of ['s3', 'lambda'] as const) {
    const r = addNode(s, kind, { x: 0, y: 0 });
    if (r.ok) s = r.scenario;
  }
  const r = connect(s, 'n1', 'n2');
  return r.ok ? r.scenario : s;
}

describe('parseScenario', () => {
  it('accepts a valid document and fills missing config with defaults', () => {
    const doc = structuredClone(sample()) as unknown as {
      nodes: { config: Record<string, unknown> }[];
    };
    doc.nodes[1]!.config = { memoryMb: 1024 };
    const result = parseScenario(doc);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.scenario.nodes[1]?.config.memoryMb).toBe(1024);
      expect(result.scenario.nodes[1]?.config.timeoutSec).toBe(3);
    }
  });

  it.each([
    ['not an object', 'hello', /JSON object/],
    ['no version', { nodes: [] }, /no valid "version"/],
    ['a newer version', { ...sample(), version: SCENARIO_VERSION + 1 }, /newer version/],
    [
      'an unknown kind',
      { ...sample(), nodes: [{ ...sample().nodes[0]!, kind: 'mainframe' }] },
      /unknown kind "mainframe"/,
    ],
    [
      'an impossible memory',
      {
        ...sample(),
        nodes: [sample().nodes[0]!, { ...sample().nodes[1]!, config: { memoryMb: 50 } }],
      },
      /between 128 and 10,240 MB/,
    ],
    [
      'an edge to nowhere',
      { ...sample(), edges: [{ id: 'e1', from: 'n1', to: 'n9' }] },
      /does not exist/,
    ],
    [
      'an impossible connection',
      { ...sample(), edges: [{ id: 'e1', from: 'n1', to: 'n1' }] },
      /cannot connect to itself/,
    ],
    [
      'traffic for a missing node',
      {
        ...sample(),
        traffic: {
          n7: { pattern: 'steady', ratePerSec: 1, payloadKb: 1, peakMultiplier: 1, periodSec: 1 },
        },
      },
      /no node "n7"/,
    ],
    ['an unknown field', { ...sample(), extra: true }, /extra/],
  ])('refuses %s with a precise message', (_name, input, message) => {
    const result = parseScenario(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(' ')).toMatch(message);
  });

  it('migrates through every registered step up to the current version', () => {
    expect(
      Object.keys(MIGRATIONS)
        .map(Number)
        .every((v) => v < SCENARIO_VERSION),
    ).toBe(true);
    const result = migrate(sample());
    expect(result.ok && result.doc.version).toBe(SCENARIO_VERSION);
  });
});

describe('prototype keys', () => {
  it('refuses __proto__ as a traffic key or node id, and as a config key', () => {
    const s = JSON.parse(
      `{"version":1,"name":"x","description":"","nodes":[{"id":"__proto__","kind":"http-clients","label":"c","position":{"x":0,"y":0},"config":{}}],"edges":[],"traffic":{"__proto__":{"pattern":"steady","ratePerSec":1,"payloadKb":1,"peakMultiplier":1,"periodSec":1}},"settings":${JSON.stringify(emptyScenario().settings)}}`,
    );
    expect(parseScenario(s).ok).toBe(false);
    const t = JSON.parse(
      `{"version":1,"name":"x","description":"","nodes":[{"id":"n1","kind":"lambda","label":"c","position":{"x":0,"y":0},"config":{"__proto__":{"memoryMb":1}}}],"edges":[],"traffic":{},"settings":${JSON.stringify(emptyScenario().settings)}}`,
    );
    expect(parseScenario(t).ok).toBe(false);
    expect(({} as Record<string, unknown>).memoryMb).toBeUndefined();
  });
});
