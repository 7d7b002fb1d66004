import { pickExam, questionsForTopic, seededRandom, shuffle, topicsOf } from './picking.ts';
import { makeQuestion, SAMPLE } from './test-questions.ts';

describe('seededRandom and shuffle', () => {
  it('repeats for the same seed and stays in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const draws = Array.from({ length: 100 }, () => a());
    expect(draws).toEqual(Array.from({ length: 100 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('shuffles into a permutation without touching the input', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffle(input, seededRandom(1));
    expect(out).not.toEqual(input);
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('pickExam', () => {
  const bank = Array.from({ length: 50 }, (_, i) => makeQuestion({ id: `q-${i}` }));

  it('picks the requested number of different questions', () => {
    const exam = pickExam(bank, 20, seededRandom(3));
    expect(exam).toHaveLength(20);
    expect(new Set(exam.map((q) => q.id)).size).toBe(20);
  });

  it('varies with the randomness and copes with a small bank', () => {
    const a = pickExam(bank, 20, seededRandom(1)).map((q) => q.id);
    const b = pickExam(bank, 20, seededRandom(2)).map((q) => q.id);
    expect(a).not.toEqual(b);
    expect(pickExam(SAMPLE, 20)).toHaveLength(SAMPLE.length);
    expect(pickExam(SAMPLE, -1)).toEqual([]);
  });
});

describe('topics', () => {
  it('lists topics in first-seen order with counts, and filters by topic', () => {
    expect(topicsOf(SAMPLE)).toEqual([
      { topic: 'cold-starts', count: 3 },
      { topic: 'amazon-sqs', count: 1 },
    ]);
    expect(questionsForTopic(SAMPLE, 'amazon-sqs').map((q) => q.id)).toEqual(['sqs-01']);
  });
});
