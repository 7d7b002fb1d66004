import {
  EXAM_HISTORY,
  emptyProgress,
  readProgress,
  recordAnswer,
  recordExam,
  serializeProgress,
  tally,
  wrongAnswerIds,
} from './progress.ts';
import { SAMPLE } from './test-questions.ts';

describe('recording', () => {
  it('keeps attempts, right answers and whether the latest was right', () => {
    let p = recordAnswer(emptyProgress(), 'cs-01', false, 10);
    p = recordAnswer(p, 'cs-01', true, 20);
    p = recordAnswer(p, 'cs-02', false, 30);
    expect(p.answers['cs-01']).toEqual({ attempts: 2, correct: 1, lastCorrect: true, lastAt: 20 });
    expect(wrongAnswerIds(p)).toEqual(['cs-02']);
  });

  it('lists wrong answers most recent first and leaves the input unchanged', () => {
    const start = emptyProgress();
    const p = recordAnswer(recordAnswer(start, 'a', false, 1), 'b', false, 2);
    expect(wrongAnswerIds(p)).toEqual(['b', 'a']);
    expect(start.answers).toEqual({});
  });

  it('keeps the newest exams only', () => {
    let p = emptyProgress();
    for (let i = 0; i < EXAM_HISTORY + 5; i++)
      p = recordExam(p, { at: i, score: i, total: 20, seconds: 60 });
    expect(p.exams).toHaveLength(EXAM_HISTORY);
    expect(p.exams[0]?.at).toBe(5);
  });

  it('tallies answered and right questions of a set', () => {
    let p = recordAnswer(emptyProgress(), 'cs-01', true, 1);
    p = recordAnswer(p, 'cs-02', false, 2);
    p = recordAnswer(p, 'other', true, 3);
    expect(tally(p, SAMPLE)).toEqual({ answered: 2, right: 1, total: 4 });
  });
});

describe('readProgress', () => {
  it('round-trips what serializeProgress writes', () => {
    const p = recordExam(recordAnswer(emptyProgress(), 'cs-01', true, 5), {
      at: 9,
      score: 15,
      total: 20,
      seconds: 1200,
    });
    expect(readProgress(serializeProgress(p))).toEqual({ ok: true, progress: p });
  });

  it('starts fresh without complaint when nothing is stored', () => {
    expect(readProgress(null)).toEqual({ ok: true, progress: emptyProgress() });
  });

  it.each([
    ['{not json', 'not valid JSON'],
    ['null', 'expected format'],
    ['[]', 'expected format'],
    ['{"version":1,"answers":{"x":{"attempts":"many"}},"exams":[]}', 'expected format'],
    ['{"version":0,"answers":{},"exams":[]}', 'expected format'],
    ['{"version":2,"answers":{},"exams":[]}', 'newer version'],
  ])('resets unreadable data %s with a reason', (raw, reason) => {
    const result = readProgress(raw);
    expect(result.ok).toBe(false);
    expect(result.progress).toEqual(emptyProgress());
    if (!result.ok) expect(result.problem).toContain(reason);
  });
});
