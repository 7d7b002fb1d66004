import { HAPPENING as H } from '../../../domain/sim/index.ts';
import { buildTrace } from '../test-support/trace-builder.ts';
import { formatClock, formatMs, formatUsd } from './format.ts';
import { buildNarration, describe as say, type NarrationContext } from './narration.ts';

const trace = buildTrace(
  ['api', 'resize-image'],
  [],
  [],
  [
    { t: 1000, kind: H.envColdStart, node: 1, ref: 0 },
    { t: 1412, kind: H.envWarm, node: 1, ref: 0 },
    { t: 1500, kind: H.envIdle, node: 1, ref: 0 },
    { t: 2000, kind: H.envBusy, node: 1, ref: 0 },
    { t: 2100, kind: H.envIdle, node: 1, ref: 0 },
    { t: 2200, kind: H.envBusy, node: 1, ref: 0 },
    { t: 3000, kind: H.throttled, node: 0, ref: 3 },
    { t: 3000, kind: H.throttled, node: 1, ref: 4 },
  ],
);
const ctx: NarrationContext = {
  labels: ['orders-api', 'resize-image'],
  kinds: ['api-gateway', 'lambda'],
  limits: [undefined, 1],
  invokedBy: [undefined, 'sync'],
  keepAliveSec: 600,
};
const n = buildNarration(trace);

describe('narration of happenings', () => {
  it('tells a cold start with its init time', () => {
    expect(say(trace, n, ctx, 0)).toBe('Cold start: new environment for resize-image, 412 ms init');
  });

  it('keeps the notable happenings: cold start, first warm start, throttles', () => {
    expect(Array.from(n.notable)).toEqual([0, 3, 6, 7]);
    expect(say(trace, n, ctx, 3)).toBe(
      'Warm start: resize-image reuses an idle environment, no init',
    );
  });

  it('says who throttled and why', () => {
    expect(say(trace, n, ctx, 6)).toBe(
      'Throttled: orders-api is over its rate limit and answers HTTP 429',
    );
    expect(say(trace, n, ctx, 7)).toBe(
      'Throttled: resize-image is at its concurrency limit (1); the request is refused (HTTP 429)',
    );
    const polled = { ...ctx, invokedBy: [undefined, 'poll'] };
    expect(say(trace, n, polled, 7)).toBe(
      'Throttled: resize-image is at its concurrency limit (1); the batch stays in the queue for later',
    );
  });
});

describe('a cold start in its parts', () => {
  const split = buildTrace(
    ['get-profile'],
    [],
    [],
    [
      { t: 0, kind: H.envColdStart, node: 0, ref: 0, value: 70.4 },
      { t: 212.2, kind: H.envWarm, node: 0, ref: 0 },
      { t: 1000, kind: H.envColdStart, node: 0, ref: 1, value: -1 },
      { t: 1804, kind: H.envWarm, node: 0, ref: 1 },
      { t: 9000, kind: H.envExpire, node: 0, ref: 0, value: 1 },
    ],
  );
  const one: NarrationContext = {
    labels: ['get-profile'],
    kinds: ['lambda'],
    limits: [10],
    invokedBy: ['sync'],
    keepAliveSec: 600,
  };
  const told = buildNarration(split);

  it('says how much was starting the environment and how much was INIT, and that INIT is billed', () => {
    expect(say(split, told, one, 0)).toBe(
      'Cold start: new environment for get-profile, 212 ms = 70 ms to start the environment + 142 ms INIT, billed',
    );
  });

  it('tells a SnapStart restore apart', () => {
    expect(say(split, told, one, 2)).toBe(
      'Cold start: get-profile restored from its SnapStart snapshot in 804 ms, no INIT',
    );
  });

  it('tells recycling apart from idle expiry', () => {
    expect(say(split, told, one, 4)).toMatch(/end of its life and was retired/);
  });
});

describe('formats', () => {
  it('writes durations, clock times and money for people', () => {
    expect(formatMs(412.4)).toBe('412 ms');
    expect(formatMs(1234)).toBe('1.23 s');
    expect(formatMs(600_000)).toBe('10 min');
    expect(formatMs(2.5)).toBe('2.5 ms');
    expect(formatClock(83_400)).toBe('1:23');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatUsd(4.1)).toBe('$4.10');
    expect(formatUsd(0.000123)).toBe('$0.000123');
    expect(formatUsd(1234.5)).toBe('$1,234.50');
  });
});
