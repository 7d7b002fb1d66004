import {
  emptyProgress,
  lessonProgress,
  passedCount,
  readProgress,
  serializeProgress,
  updateLesson,
  withActual,
  withGuess,
  withPassed,
  withStep,
  withoutLesson,
} from './progress.ts';

describe('lesson progress', () => {
  it('records steps, passes, guesses and measurements per lesson', () => {
    let p = emptyProgress();
    expect(lessonProgress(p, 'first-api')).toEqual({
      step: 0,
      passed: [],
      guesses: {},
      actuals: {},
    });
    p = updateLesson(p, 'first-api', (l) => withPassed(withStep(l, 2), 'add-clients'));
    p = updateLesson(p, 'first-api', (l) => withPassed(l, 'add-clients'));
    p = updateLesson(p, 'first-api', (l) => withActual(withGuess(l, 'run-it', 2), 'run-it', 221.5));
    expect(p.lessons['first-api']).toEqual({
      step: 2,
      passed: ['add-clients'],
      guesses: { 'run-it': 2 },
      actuals: { 'run-it': 221.5 },
    });
    expect(passedCount(p.lessons['first-api'], ['add-clients', 'add-gateway'])).toBe(1);
    expect(passedCount(p.lessons['first-api'], ['gone'])).toBe(0);
    expect(passedCount(undefined, ['add-clients'])).toBe(0);
    expect(withStep(lessonProgress(p, 'x'), -3).step).toBe(0);
    expect(withoutLesson(p, 'first-api').lessons).toEqual({});
  });

  it('reads back what it wrote', () => {
    const p = updateLesson(emptyProgress(), 'fan-out', (l) => withPassed(l, 'subscribe'));
    expect(readProgress(serializeProgress(p))).toEqual({ ok: true, progress: p });
    expect(readProgress(null)).toEqual({ ok: true, progress: emptyProgress() });
  });

  it('turns anything unreadable into a fresh start and a reason, never an exception', () => {
    const cases: [string, string][] = [
      ['{not json', 'it is not valid JSON'],
      ['{"version":2,"lessons":{}}', 'it was saved in an unknown format (version 2)'],
      [
        '{"version":1,"lessons":{"a":{"step":-1,"passed":[],"guesses":{},"actuals":{}}}}',
        'its contents are damaged',
      ],
      [
        '{"version":1,"lessons":{"a":{"step":0,"passed":[],"guesses":{"s":"x"},"actuals":{}}}}',
        'its contents are damaged',
      ],
      [
        '{"version":1,"lessons":{"constructor":{"step":0,"passed":[],"guesses":{},"actuals":{}}}}',
        'its contents are damaged',
      ],
      ['null', 'its contents are damaged'],
      ['[]', 'its contents are damaged'],
    ];
    for (const [raw, error] of cases) {
      expect(readProgress(raw), raw).toEqual({ ok: false, progress: emptyProgress(), error });
    }
  });

  it('never lets a saved key reach an object prototype', () => {
    const raw =
      '{"version":1,"lessons":{"__proto__":{"step":0,"passed":[],"guesses":{},"actuals":{}}}}';
    const result = readProgress(raw);
    expect(result.progress.lessons).toEqual({});
    expect(Object.getPrototypeOf(result.progress.lessons)).toBe(Object.prototype);
  });
});
