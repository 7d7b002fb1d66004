import type { Prediction } from '../../../domain/lessons/lesson-schema.ts';
import { guessLabel, matchingOption, reveal } from './prediction.ts';

const share: Prediction = {
  type: 'choice',
  question: 'What share of invocations are cold starts?',
  metric: 'coldStartShare',
  options: [
    { label: 'none', max: 0.001 },
    { label: 'a few', min: 0.001, max: 0.1 },
    { label: 'a lot', min: 0.1 },
  ],
};
const depth: Prediction = {
  type: 'number',
  question: 'How deep will the queue get?',
  metric: 'peakQueueDepth',
  unit: 'messages',
  min: 0,
  max: 100000,
};

describe('predict, then reveal', () => {
  it('says which option the result falls in', () => {
    expect(matchingOption(share, 0)).toBe(0);
    expect(matchingOption(share, 0.05)).toBe(1);
    expect(matchingOption(share, 0.38)).toBe(2);
    expect(reveal(share, 1, 0.38)).toEqual({
      right: false,
      text: 'You guessed “a few”; it was 38 % of invocations. That is “a lot”.',
    });
    expect(reveal(share, 2, 0.38)).toEqual({
      right: true,
      text: 'You guessed “a lot”; it was 38 % of invocations. Well predicted.',
    });
  });

  it('compares a number guess, within a quarter counting as right', () => {
    expect(reveal(depth, 100, 113)).toEqual({
      right: true,
      text: 'You guessed “100 messages”; it was 113 messages. Close — well predicted.',
    });
    expect(reveal(depth, 100, 883).text).toBe(
      'You guessed “100 messages”; it was 883 messages. That is about 8.83× your guess.',
    );
    expect(reveal(depth, 1000, 250).text).toBe(
      'You guessed “1,000 messages”; it was 250 messages. Your guess was about 4× too high.',
    );
    expect(reveal(depth, 0, 5).text).toMatch(/More than you expected\.$/);
    expect(reveal(depth, 5, 0).text).toMatch(/Less than you expected\.$/);
    expect(reveal(depth, 0, 0).right).toBe(true);
  });

  it('labels a guess the way the learner made it', () => {
    expect(guessLabel(share, 0)).toBe('none');
    expect(guessLabel(share, 9)).toBe('—');
    expect(guessLabel(depth, 2500)).toBe('2,500 messages');
  });
});
