/** Small questions for tests (the real bank changes as it is written). */
import type { Question } from './types.ts';

export function makeQuestion(overrides: Partial<Question> & { id: string }): Question {
  return {
    topic: 'cold-starts',
    type: 'single',
    question: `Question ${overrides.id}?`,
    options: ['Alpha', 'Bravo', 'Charlie', 'Delta'],
    answer: [1],
    explanation: `Because of ${overrides.id}.`,
    concept: 'cold-starts',
    ...overrides,
  };
}

export const SAMPLE: Question[] = [
  makeQuestion({ id: 'cs-01' }),
  makeQuestion({
    id: 'cs-02',
    type: 'multiple',
    question: 'Which two reduce cold starts? (Choose two.)',
    options: ['Provisioned concurrency', 'More regions', 'SnapStart', 'Bigger payloads'],
    answer: [0, 2],
  }),
  makeQuestion({ id: 'cs-03', answer: [3], scenario: 'cold-start-lab' }),
  makeQuestion({ id: 'sqs-01', topic: 'amazon-sqs', concept: 'amazon-sqs', answer: [0] }),
];
