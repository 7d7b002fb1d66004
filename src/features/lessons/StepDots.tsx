import type { LessonStep } from '../../domain/lessons/lesson-schema.ts';

/** The lesson's steps as numbered buttons: where you are, which are passed; any can be opened. */
export function StepDots({
  steps,
  current,
  passed,
  onGo,
}: {
  steps: readonly LessonStep[];
  current: number;
  passed: readonly string[];
  onGo: (index: number) => void;
}) {
  return (
    <ol aria-label="Steps" className="flex items-center gap-1">
      {steps.map((step, i) => {
        const done = passed.includes(step.id);
        const here = i === current;
        const tone = here
          ? 'bg-blue-700 text-white dark:bg-blue-500'
          : done
            ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100'
            : 'bg-slate-200 text-slate-700 dark:bg-slate-800 dark:text-slate-300';
        return (
          <li key={step.id}>
            <button
              type="button"
              onClick={() => onGo(i)}
              aria-current={here ? 'step' : undefined}
              aria-label={`Step ${i + 1}: ${step.title}${done ? ' (passed)' : ''}`}
              title={step.title}
              className={`flex h-6 min-w-6 items-center justify-center rounded-full px-1.5 text-xs font-semibold ${tone}`}
            >
              {done && !here ? '✓' : i + 1}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
