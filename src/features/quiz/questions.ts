/**
 * The question bank, fetched when the quiz is first opened. Questions that break the format
 * are left out rather than shown half-working (content/quiz/questions.test.ts reports them).
 */
import type { Question } from './types.ts';

function isQuestion(value: unknown): value is Question {
  const q = value as Partial<Question> | null;
  if (!q || typeof q !== 'object') return false;
  const strings = [q.id, q.topic, q.question, q.explanation, q.concept];
  if (!strings.every((s) => typeof s === 'string' && s.length > 0)) return false;
  if (!Array.isArray(q.options) || q.options.length < 2) return false;
  if (!q.options.every((o) => typeof o === 'string')) return false;
  const options = q.options.length;
  if (!Array.isArray(q.answer) || q.answer.length === 0) return false;
  if (!q.answer.every((a) => Number.isInteger(a) && a >= 0 && a < options)) return false;
  if (new Set(q.answer).size !== q.answer.length) return false;
  return q.type === 'single' ? q.answer.length === 1 : q.type === 'multiple' && q.answer.length > 1;
}

/**
 * The well-formed questions of a parsed questions.json, ids unique (first one wins).
 *
 * @example
 * sanitizeQuestions([{ id: 'x', … }, { nonsense: true }]); // [{ id: 'x', … }]
 */
export function sanitizeQuestions(raw: unknown): Question[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  return raw.filter((q): q is Question => {
    if (!isQuestion(q) || seen.has(q.id)) return false;
    seen.add(q.id);
    return true;
  });
}

/**
 * Every question file in content/quiz (questions.json first, then the others by name), each
 * its own chunk fetched when the quiz opens: topics can add a file without touching another.
 */
const files = import.meta.glob<unknown>('../../../content/quiz/*.json', { import: 'default' });

/** The question files' contents, questions.json first, then by file name. */
export async function loadQuestionFiles(): Promise<unknown[]> {
  const names = Object.keys(files).sort((a, b) =>
    a.endsWith('/questions.json') ? -1 : b.endsWith('/questions.json') ? 1 : a < b ? -1 : 1,
  );
  return Promise.all(names.map((name) => (files[name] as () => Promise<unknown>)()));
}

let pending: Promise<Question[]> | null = null;

/** Loads the questions once; the same promise every time (for React's `use`). */
export function loadQuestions(): Promise<Question[]> {
  pending ??= loadQuestionFiles().then(
    (all) => sanitizeQuestions(all.flatMap((raw) => (Array.isArray(raw) ? raw : [raw]))),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}
