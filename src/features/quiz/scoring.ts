/** Scoring, as pure functions: a question is right only when exactly its answers are chosen. */
import type { Answers, Question } from './types.ts';

/**
 * @example
 * isCorrect({ answer: [0, 2] }, [2, 0]); // true
 * isCorrect({ answer: [0, 2] }, [0]);    // false — partly right is wrong, as in the exams
 */
export function isCorrect(question: Pick<Question, 'answer'>, chosen: readonly number[]): boolean {
  const picked = new Set(chosen);
  return (
    picked.size === question.answer.length && question.answer.every((index) => picked.has(index))
  );
}

export interface RoundScore {
  correct: number;
  total: number;
  /** Whole percent, 0 when there were no questions. */
  percent: number;
  /** Questions answered wrongly or not at all, in round order. */
  wrong: Question[];
}

export function scoreRound(questions: readonly Question[], answers: Answers): RoundScore {
  const wrong = questions.filter((q) => !isCorrect(q, answers[q.id] ?? []));
  const total = questions.length;
  const correct = total - wrong.length;
  return { correct, total, percent: total === 0 ? 0 : Math.round((correct / total) * 100), wrong };
}

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five'];

/** "Choose two" for a two-answer question; null for a single-answer one. */
export function choosePrompt(question: Pick<Question, 'type' | 'answer'>): string | null {
  if (question.type === 'single') return null;
  const n = question.answer.length;
  return `Choose ${COUNT_WORDS[n] ?? n}`;
}

/** The question without its trailing "(Choose two.)": the UI shows that as a badge. */
export function questionText(question: Pick<Question, 'question'>): string {
  return question.question.replace(/\s*\(Choose \w+\.?\)\s*$/i, '').trim();
}

/** Whether an answer may be checked: one option, or exactly as many as the question wants. */
export function canCheck(question: Pick<Question, 'answer'>, chosen: readonly number[]): boolean {
  return chosen.length === question.answer.length;
}

/** The next selection after clicking an option: radios replace, checkboxes toggle. */
export function toggleOption(
  question: Pick<Question, 'type'>,
  chosen: readonly number[],
  option: number,
): number[] {
  if (question.type === 'single') return [option];
  return chosen.includes(option)
    ? chosen.filter((c) => c !== option)
    : [...chosen, option].sort((a, b) => a - b);
}
