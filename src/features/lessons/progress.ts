/**
 * Lesson progress as a versioned document, with pure functions to update, write and read it.
 * Reading never throws: anything unreadable becomes a fresh start plus a message to show.
 */
import { z } from '../../domain/zod/index.ts';

/** Namespaced and versioned: a future format gets a new key and a migration from this one. */
export const PROGRESS_KEY = 'serverless-explorer.lessons-progress.v1';
export const PROGRESS_VERSION = 1;

const finite = z.number().check(z.refine(Number.isFinite));
/** Keys that would reach an object's prototype are refused, as in parseScenario. */
const key = z
  .string()
  .check(z.refine((k) => !['__proto__', 'constructor', 'prototype'].includes(k)));
const lessonProgressSchema = z.object({
  /** The step shown (index), clamped to the lesson's length when read. */
  step: z.number().check(z.int(), z.gte(0)),
  /** Ids of the steps passed at least once. */
  passed: z.array(z.string()),
  /** The learner's prediction per step id: an option index, or the number guessed. */
  guesses: z.record(key, finite),
  /** What the passing run measured for that prediction, per step id. */
  actuals: z.record(key, finite),
});
const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  lessons: z.record(key, lessonProgressSchema),
});

export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type Progress = z.infer<typeof progressSchema>;

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, lessons: {} });
export const freshLesson = (): LessonProgress => ({
  step: 0,
  passed: [],
  guesses: {},
  actuals: {},
});

export function lessonProgress(progress: Progress, lessonId: string): LessonProgress {
  return progress.lessons[lessonId] ?? freshLesson();
}

/** Applies `change` to one lesson's record (creating it: a lesson is "started" once it has one). */
export function updateLesson(
  progress: Progress,
  lessonId: string,
  change: (lesson: LessonProgress) => LessonProgress,
): Progress {
  const next = change(lessonProgress(progress, lessonId));
  return { ...progress, lessons: { ...progress.lessons, [lessonId]: next } };
}

export const withStep = (lesson: LessonProgress, step: number): LessonProgress => ({
  ...lesson,
  step: Math.max(0, Math.floor(step)),
});

export const withPassed = (lesson: LessonProgress, stepId: string): LessonProgress =>
  lesson.passed.includes(stepId) ? lesson : { ...lesson, passed: [...lesson.passed, stepId] };

export const withGuess = (lesson: LessonProgress, stepId: string, guess: number) => ({
  ...lesson,
  guesses: { ...lesson.guesses, [stepId]: guess },
});

export const withActual = (lesson: LessonProgress, stepId: string, actual: number) => ({
  ...lesson,
  actuals: { ...lesson.actuals, [stepId]: actual },
});

/** Restarting forgets the lesson entirely: steps, guesses and measurements. */
export function withoutLesson(progress: Progress, lessonId: string): Progress {
  const lessons = { ...progress.lessons };
  delete lessons[lessonId];
  return { ...progress, lessons };
}

/** Steps of this lesson passed so far (ids of steps that no longer exist do not count). */
export function passedCount(lesson: LessonProgress | undefined, stepIds: readonly string[]) {
  return lesson ? stepIds.filter((id) => lesson.passed.includes(id)).length : 0;
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

export type ReadResult =
  { ok: true; progress: Progress } | { ok: false; progress: Progress; error: string };

/**
 * @example
 * readProgress(localStorage.getItem(PROGRESS_KEY)); // { ok: true, progress } or a reset + error
 */
export function readProgress(raw: string | null): ReadResult {
  if (raw === null) return { ok: true, progress: emptyProgress() };
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    return { ok: false, progress: emptyProgress(), error: 'it is not valid JSON' };
  }
  const parsed = progressSchema.safeParse(doc);
  if (parsed.success) return { ok: true, progress: parsed.data };
  const version = (doc as { version?: unknown } | null)?.version;
  const error =
    version !== undefined && version !== PROGRESS_VERSION
      ? `it was saved in an unknown format (version ${String(version).slice(0, 10)})`
      : 'its contents are damaged';
  return { ok: false, progress: emptyProgress(), error };
}
