import fc from 'fast-check';
import { runExecution, type TaskRunner } from './execution.ts';
import { parseDefinition, retryDelayMs, type Definition } from './state-language.ts';

const ok =
  (ms: number): TaskRunner =>
  () => ({ ok: true, ms });

describe('Step Functions state language: reading a definition', () => {
  it('names the states that point nowhere', () => {
    const bad = parseDefinition(
      JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Task', Resource: 'f', Next: 'B' } } }),
    );
    expect(bad).toEqual({ ok: false, problems: ['A: goes to "B", which is not a state'] });
    expect(parseDefinition('{').ok).toBe(false);
  });

  it('uses the retrier defaults: 1 s, then ×2, three attempts', () => {
    const r = { ErrorEquals: ['States.ALL'] };
    expect([1, 2, 3, 4].map((n) => retryDelayMs(r, n))).toEqual([1000, 2000, 4000, null]);
    expect(retryDelayMs({ ...r, IntervalSeconds: 3, MaxDelaySeconds: 5 }, 3)).toBe(5000);
  });
});

describe('Step Functions executions (hand-worked timelines)', () => {
  const order: Definition = {
    StartAt: 'Charge',
    States: {
      Charge: {
        Type: 'Task',
        Resource: 'charge',
        Retry: [
          {
            ErrorEquals: ['States.TaskFailed'],
            IntervalSeconds: 1,
            MaxAttempts: 2,
            BackoffRate: 2,
          },
        ],
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Refund' }],
        Next: 'Ship',
      },
      Ship: { Type: 'Task', Resource: 'ship', End: true },
      Refund: { Type: 'Task', Resource: 'refund', Next: 'Failed' },
      Failed: { Type: 'Fail', Error: 'PaymentFailed' },
    },
  };

  it('retries with back-off and then succeeds: 200 ms, +1 s, 200 ms, +2 s, 200 ms, then Ship', () => {
    // Charge fails twice, works the third time; every task takes 200 ms.
    const run: TaskRunner = (resource, _s, attempt) => ({
      ok: resource !== 'charge' || attempt === 3,
      ms: 200,
    });
    const r = runExecution(order, {}, 0, run, 'standard');
    // 0.2 s (fail) + 1 s + 0.2 s (fail) + 2 s + 0.2 s (ok) + 0.2 s Ship = 3.8 s.
    expect(r).toMatchObject({ outcome: 'succeeded', endMs: 3800, retries: 2, caught: 0 });
    // Entered Charge, 2 retries, entered Ship: 4 billed transitions.
    expect(r.transitions).toBe(4);
    expect(r.steps.filter((s) => s.what === 'retry').map((s) => s.atMs)).toEqual([200, 1400]);
  });

  it('catches the failure when retries run out and routes it to Refund, then Fail', () => {
    const run: TaskRunner = (resource) => ({ ok: resource !== 'charge', ms: 100 });
    const r = runExecution(order, {}, 0, run, 'standard');
    // 0.1 + 1 + 0.1 + 2 + 0.1 = 3.3 s in Charge, caught; Refund 0.1 s → 3.4 s, then Fail.
    expect(r).toMatchObject({
      outcome: 'failed',
      error: 'PaymentFailed',
      endMs: 3400,
      retries: 2,
      caught: 1,
    });
    expect(r.steps.map((s) => `${s.state}:${s.what}`)).toEqual([
      'Charge:entered',
      'Charge:retry',
      'Charge:retry',
      'Charge:caught',
      'Refund:entered',
      'Failed:entered',
      'Failed:failed',
    ]);
  });

  it('Choice picks by the input; Wait waits', () => {
    const def: Definition = {
      StartAt: 'Big?',
      States: {
        'Big?': {
          Type: 'Choice',
          Choices: [{ Variable: '$.kb', NumericGreaterThan: 100, Next: 'Pause' }],
          Default: 'Done',
        },
        Pause: { Type: 'Wait', Seconds: 5, Next: 'Done' },
        Done: { Type: 'Succeed' },
      },
    };
    expect(runExecution(def, { kb: 500 }, 1000, ok(0), 'express').endMs).toBe(6000);
    expect(runExecution(def, { kb: 5 }, 1000, ok(0), 'express').endMs).toBe(1000);
    expect(runExecution(def, { kb: 5 }, 0, ok(0), 'express').steps.map((s) => s.state)).toEqual([
      'Big?',
      'Done',
      '$',
    ]);
  });

  it('Parallel ends with its slowest branch; Map runs items MaxConcurrency at a time', () => {
    const task = (r: string) => ({
      StartAt: 'T',
      States: { T: { Type: 'Task' as const, Resource: r, End: true } },
    });
    const par: Definition = {
      StartAt: 'Both',
      States: { Both: { Type: 'Parallel', Branches: [task('fast'), task('slow')], End: true } },
    };
    const ms: TaskRunner = (r) => ({ ok: true, ms: r === 'slow' ? 900 : 100 });
    expect(runExecution(par, {}, 0, ms, 'standard').endMs).toBe(900);
    const map: Definition = {
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          ItemsPath: '$.items',
          MaxConcurrency: 2,
          ItemProcessor: task('x'),
          End: true,
        },
      },
    };
    // 5 items of 300 ms, two at a time: 300, 300, 300 (the fifth alone) → 900 ms.
    const r = runExecution(map, { items: [1, 2, 3, 4, 5] }, 0, ok(300), 'standard');
    expect(r.endMs).toBe(900);
    expect(r.transitions).toBe(1 + 5); // the Map state, then each item's task
  });

  it('an Express workflow stops at 5 minutes; a Standard one runs on', () => {
    const def: Definition = {
      StartAt: 'Sleep',
      States: { Sleep: { Type: 'Wait', Seconds: 400, End: true } },
    };
    expect(runExecution(def, {}, 0, ok(0), 'express')).toMatchObject({
      outcome: 'timed-out',
      endMs: 300_000,
    });
    expect(runExecution(def, {}, 0, ok(0), 'standard')).toMatchObject({
      outcome: 'succeeded',
      endMs: 400_000,
    });
  });

  it('ends every execution in exactly one outcome, however tasks fail (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), (fails) => {
        let i = 0;
        const run: TaskRunner = () => ({ ok: !fails[i++ % fails.length], ms: 50 });
        const r = runExecution(order, {}, 0, run, 'standard');
        const ends = r.steps.filter(
          (s) => s.what === 'failed' || (s.what === 'succeeded' && s.state === '$'),
        );
        return ends.length === 1 && (ends[0]?.what === 'failed') === (r.outcome !== 'succeeded');
      }),
    );
  });
});
