import { KIND_IDS, defaultConfigFor } from '../catalog/index.ts';
import { DEFAULT_SETTINGS, DEFAULT_TRAFFIC } from '../diagram/index.ts';
import { S1_KINDS, SETTINGS_KEYS, TRAFFIC_KEYS } from './format-s1.ts';

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
  });

  it('has a short key for every traffic and settings field', () => {
    expect(Object.values(TRAFFIC_KEYS).sort()).toEqual(Object.keys(DEFAULT_TRAFFIC).sort());
    expect(Object.values(SETTINGS_KEYS).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});
