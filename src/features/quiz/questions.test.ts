import { loadQuestionFiles, loadQuestions, sanitizeQuestions } from './questions.ts';
import { makeQuestion } from './test-questions.ts';

describe('sanitizeQuestions', () => {
  it('keeps well-formed questions and drops the rest', () => {
    const good = makeQuestion({ id: 'ok-01' });
    const raw = [
      good,
      { ...good }, // duplicate id
      makeQuestion({ id: 'bad-01', answer: [7] }),
      makeQuestion({ id: 'bad-02', type: 'multiple', answer: [1] }),
      makeQuestion({ id: 'bad-03', type: 'single', answer: [0, 1] }),
      makeQuestion({ id: 'bad-04', answer: [1, 1] }),
      makeQuestion({ id: 'bad-05', explanation: '' }),
      { id: 'bad-06' },
      null,
    ];
    expect(sanitizeQuestions(raw).map((q) => q.id)).toEqual(['ok-01']);
    expect(sanitizeQuestions({ not: 'a list' })).toEqual([]);
  });

  it('loses none of the real questions', async () => {
    const raw = (await loadQuestionFiles()).flat();
    const questions = await loadQuestions();
    expect(questions.length).toBe(raw.length);
    expect(questions.length).toBeGreaterThan(0);
  });
});
