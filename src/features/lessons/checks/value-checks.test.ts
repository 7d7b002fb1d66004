import { checkConfig, checkSetting, checkTraffic, showValue } from './value-checks.ts';
import { EMPTY, REST_API, REST_API_UNWIRED } from './test-diagrams.ts';

describe('config checks', () => {
  const reserved = { type: 'config', kind: 'lambda', key: 'reservedConcurrency' } as const;

  it('test whether an optional field is set', () => {
    expect(checkConfig(REST_API, { ...reserved, op: 'set' })).toEqual({
      ok: true,
      message: 'Reserved concurrency of fn is 10 environments.',
    });
    expect(checkConfig(REST_API_UNWIRED, { ...reserved, op: 'set' })).toEqual({
      ok: false,
      message: 'Reserved concurrency of fn is not set yet: set it in the inspector.',
    });
    expect(checkConfig(REST_API_UNWIRED, { ...reserved, op: 'unset' }).ok).toBe(true);
    expect(checkConfig(REST_API, { ...reserved, op: 'unset' }).message).toBe(
      'Reserved concurrency of fn must be empty (it is 10 environments).',
    );
  });

  it('compare numbers, and an unset number never passes a comparison', () => {
    expect(checkConfig(REST_API, { ...reserved, op: 'lte', value: 10 }).ok).toBe(true);
    expect(checkConfig(REST_API, { ...reserved, op: 'lte', value: 3 })).toEqual({
      ok: false,
      message: 'Reserved concurrency of fn must be at most 3 environments (it is 10 environments).',
    });
    expect(checkConfig(REST_API_UNWIRED, { ...reserved, op: 'gte', value: 1 })).toEqual({
      ok: false,
      message: 'Reserved concurrency of fn must be at least 1 environment (it is not set).',
    });
  });

  it('compare choices by value and show them by label', () => {
    const arm = {
      type: 'config',
      kind: 'lambda',
      key: 'architecture',
      op: 'eq',
      value: 'arm64',
    } as const;
    expect(checkConfig(REST_API, arm)).toEqual({
      ok: true,
      message: 'Architecture of fn is arm64 (Graviton).',
    });
    expect(checkConfig(REST_API_UNWIRED, arm).message).toBe(
      'Architecture of fn must be exactly arm64 (Graviton) (it is x86_64).',
    );
  });

  it('compare booleans, and need a node of the kind', () => {
    const stream = {
      type: 'config',
      kind: 'dynamodb',
      key: 'stream',
      op: 'eq',
      value: true,
    } as const;
    expect(checkConfig(REST_API, stream).message).toBe(
      'Stream of table must be exactly on (it is off).',
    );
    expect(checkConfig(EMPTY, stream)).toEqual({
      ok: false,
      message: 'There is no Amazon DynamoDB node yet: add it from the palette.',
    });
  });

  it('show values as the inspector does', () => {
    expect(showValue(null)).toBe('not set');
    expect(showValue(true)).toBe('on');
    expect(showValue('rate(1 minute)')).toBe('“rate(1 minute)”');
  });
});

describe('traffic checks', () => {
  const rate = { type: 'traffic', kind: 'http-clients', key: 'ratePerSec' } as const;

  it('hold for every source of the kind', () => {
    expect(checkTraffic(REST_API, { ...rate, op: 'gte', value: 1 })).toEqual({
      ok: true,
      message: 'The average rate of HTTP clients is 5 requests/s.',
    });
    expect(checkTraffic(REST_API, { ...rate, op: 'eq', value: 0.002 })).toEqual({
      ok: false,
      message: 'The average rate of web must be exactly 0.002 requests/s (it is 5 requests/s).',
    });
  });

  it('compare the pattern, use a hint, and need a source', () => {
    const burst = {
      type: 'traffic',
      kind: 'http-clients',
      key: 'pattern',
      op: 'eq',
      value: 'burst',
    } as const;
    expect(checkTraffic(REST_API, burst).message).toBe(
      'The traffic pattern of web must be exactly “burst” (it is “steady”).',
    );
    expect(checkTraffic(REST_API, { ...burst, hint: 'Make it bursty.' }).message).toBe(
      'Make it bursty.',
    );
    expect(checkTraffic(EMPTY, burst).ok).toBe(false);
  });
});

describe('setting checks', () => {
  it('compare a run setting', () => {
    const long = { type: 'setting', key: 'durationSec', op: 'gte', value: 3600 } as const;
    expect(checkSetting(REST_API, long)).toEqual({
      ok: false,
      message: 'Simulated time (in the scenario settings) must be at least 3,600 s (it is 60 s).',
    });
    expect(checkSetting(REST_API, { ...long, op: 'lt' })).toEqual({
      ok: true,
      message: 'Simulated time is 60 s.',
    });
  });
});
