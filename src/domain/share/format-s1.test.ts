import { KIND_IDS, defaultConfigFor } from '../catalog/index.ts';
import { DEFAULT_SETTINGS, DEFAULT_TRAFFIC } from '../diagram/index.ts';
import { emptyScenario, parseScenario } from '../diagram/index.ts';
import { S1_KINDS, SETTINGS_KEYS, TRAFFIC_KEYS } from './format-s1.ts';
import { decodeScenarioFragment, encodeScenarioToFragment } from './link-codec.ts';
import { packScenario } from './pack.ts';

describe('link format s1', () => {
  // Links leave out default values. If a default changes, every old link that relied on it
  // silently opens a different scenario. If this snapshot fails: do not just update it —
  // start link format "s2" and keep decoding "s1" with the old defaults (see format-s1.ts).
  it('relies on defaults that have not changed since links were first made', () => {
    const defaults = {
      config: Object.fromEntries(KIND_IDS.map((kind) => [kind, defaultConfigFor(kind)])),
      traffic: DEFAULT_TRAFFIC,
      settings: DEFAULT_SETTINGS,
    };
    expect(defaults).toMatchSnapshot();
  });

  it('knows every kind of the catalog; the table only ever grows at the end', () => {
    expect(S1_KINDS.slice(0, 13)).toEqual([
      'http-clients',
      'file-upload',
      'schedule',
      'custom-event',
      'lambda',
      'api-gateway',
      's3',
      'sns',
      'sqs',
      'dynamodb',
      'eventbridge',
      'step-functions',
      'kinesis',
    ]);
    expect([...KIND_IDS].sort()).toEqual([...S1_KINDS].sort());
    // Appended in the round that added containers: their codes are 13 and 14 for good.
    expect(S1_KINDS.indexOf('alb')).toBe(13);
    expect(S1_KINDS.indexOf('fargate')).toBe(14);
  });

  it('carries a load balancer and a Fargate service through a link and back', () => {
    const parsed = parseScenario({
      ...emptyScenario('Containers'),
      nodes: [
        { id: 'clients', kind: 'http-clients', label: 'clients', position: { x: 0, y: 0 } },
        { id: 'lb', kind: 'alb', label: 'front', position: { x: 200, y: 0 }, config: {} },
        {
          id: 'svc',
          kind: 'fargate',
          label: 'orders',
          position: { x: 400, y: 0 },
          config: { vcpu: '1', memoryGb: 2, scaling: 'requests', target: 600 },
        },
        { id: 'db', kind: 'dynamodb', label: 'db', position: { x: 600, y: 0 }, config: {} },
      ].map((n) => ({ config: {}, ...n })),
      edges: [
        { id: 'clients-lb', from: 'clients', to: 'lb' },
        { id: 'lb-svc', from: 'lb', to: 'svc' },
        { id: 'svc-db', from: 'svc', to: 'db', variant: 'read' },
      ],
      traffic: {
        clients: {
          pattern: 'steady',
          ratePerSec: 30,
          payloadKb: 1,
          peakMultiplier: 5,
          periodSec: 60,
        },
      },
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const packed = packScenario(parsed.scenario);
    const kinds = (packed[2] as unknown[][]).map((n) => n[0]);
    expect(kinds).toEqual([0, 13, 14, 9]);
    const decoded = decodeScenarioFragment(encodeScenarioToFragment(parsed.scenario));
    expect(decoded.ok && decoded.scenario).toEqual(parsed.scenario);
  });

  it('has a short key for every traffic and settings field', () => {
    expect(Object.values(TRAFFIC_KEYS).sort()).toEqual(Object.keys(DEFAULT_TRAFFIC).sort());
    expect(Object.values(SETTINGS_KEYS).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});
