/**
 * Quiz progress as a versioned document, with pure functions to update, write and read it.
 * Reading never throws: anything unreadable becomes a fresh start plus a message to show.
 */
import { z } from '../../domain/zod/index.ts';
import type { Question } from './types.ts';

export const PROGRESS_VERSION = 1;
/** Exams kept in the history (the newest). */
export const EXAM_HISTORY = 20;

const answerRecord = z.object({
  attempts: z.number().check(z.int(), z.nonnegative()),
  correct: z.number().check(z.int(), z.nonnegative()),
  lastCorrect: z.boolean(),
  lastAt: z.number(),
});
const examRecord = z.object({
  at: z.number(),
  score: z.number().check(z.int(), z.nonnegative()),
  total: z.number().check(z.int(), z.nonnegative()),
  seconds: z.number().check(z.nonnegative()),
});
const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  answers: z.record(z.string(), answerRecord),
  exams: z.array(examRecord),
});

export type AnswerRecord = z.infer<typeof answerRecord>;
export type ExamRecord = z.infer<typeof examRecord>;
export type QuizProgress = z.infer<typeof progressSchema>;

export function emptyProgress(): QuizProgress {
  return { version: PROGRESS_VERSION, answers: {}, exams: [] };
}

/** Records one answer; the latest answer decides whether it is "to review". */
export function recordAnswer(
  progress: QuizProgress,
  id: string,
  correct: boolean,
  at: number,
): QuizProgress {
  const before = progress.answers[id] ?? { attempts: 0, correct: 0, lastCorrect: false, lastAt: 0 };
  const after: AnswerRecord = {
    attempts: before.attempts + 1,
    correct: before.correct + (correct ? 1 : 0),
    lastCorrect: correct,
    lastAt: at,
  };
  return { ...progress, answers: { ...progress.answers, [id]: after } };
}

export function recordExam(progress: QuizProgress, exam: ExamRecord): QuizProgress {
  return { ...progress, exams: [...progress.exams, exam].slice(-EXAM_HISTORY) };
}

/** Ids whose latest answer was wrong, most recent first. */
export function wrongAnswerIds(progress: QuizProgress): string[] {
  return Object.entries(progress.answers)
    .filter(([, record]) => !record.lastCorrect)
    .sort(([, a], [, b]) => b.lastAt - a.lastAt)
    .map(([id]) => id);
}

export interface Tally {
  answered: number;
  /** Questions whose latest answer was right. */
  right: number;
  total: number;
}

/** How many of these questions have been answered, and rightly at the last try. */
export function tally(progress: QuizProgress, questions: readonly Question[]): Tally {
  let answered = 0;
  let right = 0;
  for (const q of questions) {
    const record = progress.answers[q.id];
    if (!record) continue;
    answered += 1;
    if (record.lastCorrect) right += 1;
  }
  return { answered, right, total: questions.length };
}

export function serializeProgress(progress: QuizProgress): string {
  return JSON.stringify(progress);
}

export type ReadResult =
  { ok: true; progress: QuizProgress } | { ok: false; progress: QuizProgress; problem: string };

/**
 * Reads stored progress. Nothing stored is a fresh start, not a problem.
 *
 * @example
 * readProgress(null);        // { ok: true, progress: emptyProgress() }
 * readProgress('{oops');     // { ok: false, progress: emptyProgress(), problem: '…' }
 */
export function readProgress(raw: string | null): ReadResult {
  if (raw === null) return { ok: true, progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, progress: emptyProgress(), problem: 'it is not valid JSON' };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return {
      ok: false,
      progress: emptyProgress(),
      problem: `it was saved by a newer version of the app (format ${version})`,
    };
  }
  const parsed = progressSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, progress: emptyProgress(), problem: 'it is not in the expected format' };
  }
  return { ok: true, progress: parsed.data };
}
