import { Button } from '../../ui/Button.tsx';
import type { LessonStep } from '../../domain/lessons/lesson-schema.ts';
import { StepDots } from './StepDots.tsx';

const FINISH =
  'inline-flex items-center rounded-md bg-blue-700 px-2.5 py-1.5 text-sm font-medium text-white hover:bg-blue-800 dark:bg-blue-600 dark:hover:bg-blue-500';

/**
 * Moving through the lesson, in the panel's title bar so it never scrolls away: back, the
 * numbered steps, next (highlighted once the step is passed), and "Finish" on the last step.
 */
export function StepNav({
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
  const step = steps[current];
  const done = step ? passed.includes(step.id) : false;
  const last = current === steps.length - 1;
  return (
    <div className="flex items-center gap-1.5">
      <Button
        variant="ghost"
        onClick={() => onGo(current - 1)}
        disabled={current === 0}
        aria-label="Back to the previous step"
      >
        ‹ Back
      </Button>
      <StepDots steps={steps} current={current} passed={passed} onGo={onGo} />
      {last ? (
        <a href="#/lessons" className={FINISH} aria-label="Finish: back to all lessons">
          Finish
        </a>
      ) : (
        <Button
          variant={done ? 'primary' : 'secondary'}
          onClick={() => onGo(current + 1)}
          aria-label="Next step"
        >
          Next ›
        </Button>
      )}
    </div>
  );
}
