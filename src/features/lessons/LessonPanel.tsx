import { useId, useState } from 'react';
import { Button } from '../../ui/Button.tsx';
import { enterLesson } from './enter-lesson.ts';
import type { Lesson } from '../../domain/lessons/lesson-schema.ts';
import { LessonNotices } from './LessonNotices.tsx';
import { useLessonProgress } from './progress-store.ts';
import { passedCount, withStep } from './progress.ts';
import { RestartLesson } from './RestartLesson.tsx';
import { StepArea } from './StepArea.tsx';
import { StepNav } from './StepNav.tsx';

const NO_STEPS: readonly string[] = [];

/**
 * The lesson docked under the Explorer: a landmark with the lesson's title, its steps, and the
 * current step. Hiding it leaves only the title bar, giving the canvas the room back.
 */
export function LessonPanel({ lesson }: { lesson: Lesson }) {
  const titleId = useId();
  const bodyId = useId();
  const [open, setOpen] = useState(true);
  const record = useLessonProgress((s) => s.progress.lessons[lesson.id]);
  const update = useLessonProgress((s) => s.update);
  const index = Math.min(record?.step ?? 0, lesson.steps.length - 1);
  const step = lesson.steps[index];
  const passed = record?.passed ?? NO_STEPS;
  const done = passedCount(
    record,
    lesson.steps.map((s) => s.id),
  );
  const go = (i: number) =>
    update(lesson.id, (l) => withStep(l, Math.min(Math.max(i, 0), lesson.steps.length - 1)));
  if (!step) return null;
  return (
    <aside
      aria-labelledby={titleId}
      data-testid="lesson-panel"
      className="shrink-0 border-t-2 border-blue-600 bg-slate-50 text-slate-900 dark:border-blue-500 dark:bg-slate-950 dark:text-slate-100"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-1">
        <h2
          id={titleId}
          title={lesson.title}
          className="truncate text-sm font-semibold lg:max-w-[19rem] xl:max-w-none"
        >
          <span className="mr-1.5 text-xs font-bold uppercase tracking-wide text-blue-700 dark:text-blue-400">
            Lesson
          </span>
          {lesson.title}
        </h2>
        <StepNav steps={lesson.steps} current={index} passed={passed} onGo={go} />
        <span className="text-xs text-slate-600 dark:text-slate-400">
          Step {index + 1} of {lesson.steps.length}
          {done === lesson.steps.length ? ' · lesson complete ✓' : ` · ${done} passed`}
        </span>
        <span className="ml-auto flex flex-wrap items-center gap-1">
          <a
            href="#/lessons"
            className="rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            All lessons
          </a>
          <RestartLesson onRestart={() => enterLesson(lesson, true)} />
          <Button
            variant="ghost"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide' : 'Show'} <span aria-hidden="true">{open ? '▾' : '▴'}</span>
            <span className="sr-only"> lesson</span>
          </Button>
        </span>
      </div>
      <LessonNotices lesson={lesson} />
      <div id={bodyId} hidden={!open}>
        <div className="px-3 pb-2">
          <StepArea key={step.id} lesson={lesson} step={step} index={index} />
        </div>
      </div>
    </aside>
  );
}
