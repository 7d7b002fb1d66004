import {
  canCheck,
  choosePrompt,
  isCorrect,
  questionText,
  scoreRound,
  toggleOption,
} from './scoring.ts';
import { SAMPLE } from './test-questions.ts';

const [single, multiple] = SAMPLE as [(typeof SAMPLE)[number], (typeof SAMPLE)[number]];

describe('isCorrect', () => {
  it('needs exactly the right options, in any order', () => {
    expect(isCorrect(single, [1])).toBe(true);
    expect(isCorrect(single, [0])).toBe(false);
    expect(isCorrect(single, [])).toBe(false);
    expect(isCorrect(multiple, [2, 0])).toBe(true);
    expect(isCorrect(multiple, [0])).toBe(false);
    expect(isCorrect(multiple, [0, 1, 2])).toBe(false);
    expect(isCorrect(multiple, [0, 0])).toBe(false);
  });
});

describe('scoreRound', () => {
  it('counts right answers and lists the wrong and unanswered ones in order', () => {
    const score = scoreRound(SAMPLE, { 'cs-01': [1], 'cs-02': [0, 3], 'sqs-01': [0] });
    expect(score).toMatchObject({ correct: 2, total: 4, percent: 50 });
    expect(score.wrong.map((q) => q.id)).toEqual(['cs-02', 'cs-03']);
  });

  it('scores an empty round as 0 of 0 without dividing by zero', () => {
    expect(scoreRound([], {})).toEqual({ correct: 0, total: 0, percent: 0, wrong: [] });
  });
});

describe('prompts and selection', () => {
  it('says how many to choose, and strips it from the question text', () => {
    expect(choosePrompt(single)).toBeNull();
    expect(choosePrompt(multiple)).toBe('Choose two');
    expect(choosePrompt({ type: 'multiple', answer: [0, 1, 2] })).toBe('Choose three');
    expect(questionText(multiple)).toBe('Which two reduce cold starts?');
    expect(questionText(single)).toBe('Question cs-01?');
  });

  it('radios replace, checkboxes toggle, and checking needs the right count', () => {
    expect(toggleOption(single, [0], 2)).toEqual([2]);
    expect(toggleOption(multiple, [2], 0)).toEqual([0, 2]);
    expect(toggleOption(multiple, [0, 2], 0)).toEqual([2]);
    expect(canCheck(single, [])).toBe(false);
    expect(canCheck(single, [3])).toBe(true);
    expect(canCheck(multiple, [0])).toBe(false);
    expect(canCheck(multiple, [0, 1])).toBe(true);
  });
});
