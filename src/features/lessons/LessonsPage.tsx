import { useEffect } from 'react';
import { Link } from '../../ui/router/index.ts';
import { LESSONS } from '../../../content/lessons/index.ts';
import { Button } from '../../ui/Button.tsx';
import type { Lesson } from '../../domain/lessons/lesson-schema.ts';
import { useLessonProgress } from './progress-store.ts';
import { passedCount } from './progress.ts';

const CARD =
  'flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900';
const START =
  'inline-flex items-center gap-1.5 rounded-md bg-blue-700 px-3 py-2 text-sm font-semibold text-white hover:bg-blue-800 dark:bg-blue-600 dark:hover:bg-blue-500';

/** `#/lessons`: every guided lesson with the learner's progress in it. */
export function LessonsPage() {
  const load = useLessonProgress((s) => s.load);
  const problem = useLessonProgress((s) => s.problem);
  const dismiss = useLessonProgress((s) => s.dismissProblem);
  useEffect(() => {
    load();
    document.title = 'Lessons — Serverless Explorer';
  }, [load]);
  return (
    <div className="h-full overflow-y-auto">
      <div className="mx-auto flex max-w-5xl flex-col gap-6 p-6">
        <header>
          <h1 className="text-3xl font-bold tracking-tight">Guided lessons</h1>
          <p className="mt-2 text-lg leading-relaxed text-slate-700 dark:text-slate-300">
            Short steps beside the live Explorer. Each step is passed by doing: build the diagram,
            predict what will happen, then let the simulation check your work.
          </p>
        </header>
        {problem && (
          <div
            role="alert"
            className="flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950/40"
          >
            <p className="flex-1">{problem}</p>
            <Button onClick={dismiss}>OK</Button>
          </div>
        )}
        <ol className="grid gap-4 md:grid-cols-2">
          {LESSONS.map((lesson, i) => (
            <LessonCard key={lesson.id} lesson={lesson} number={i + 1} />
          ))}
        </ol>
      </div>
    </div>
  );
}

function LessonCard({ lesson, number }: { lesson: Lesson; number: number }) {
  const record = useLessonProgress((s) => s.progress.lessons[lesson.id]);
  const total = lesson.steps.length;
  const done = passedCount(
    record,
    lesson.steps.map((s) => s.id),
  );
  const status = !record
    ? 'Not started'
    : done === total
      ? 'Completed ✓'
      : done === 0
        ? 'Started'
        : `${done} of ${total} steps passed`;
  const action = !record ? 'Start lesson' : done === total ? 'Review lesson' : 'Continue lesson';
  return (
    <li className={CARD}>
      <h2 className="text-lg font-semibold">
        <span className="text-slate-500 dark:text-slate-400">{number}.</span> {lesson.title}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">{lesson.summary}</p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {total} steps · about {lesson.minutes} minutes
      </p>
      <div className="flex items-center gap-3">
        <div
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-label={`Steps passed in “${lesson.title}”`}
          className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
        >
          <div
            className="h-full rounded-full bg-blue-700 dark:bg-blue-500"
            style={{ width: `${(done / total) * 100}%` }}
          />
        </div>
        <span className="text-sm" data-testid={`status-${lesson.id}`}>
          {status}
        </span>
      </div>
      <Link
        to={`/lesson/${lesson.id}`}
        className={`mt-1 self-start ${START}`}
        aria-label={`${action}: ${lesson.title}`}
      >
        {action}
      </Link>
    </li>
  );
}
