import { useDiagram } from '../../store/diagram-store.ts';
import { Button } from '../../ui/Button.tsx';
import { enterLesson } from './enter-lesson.ts';
import type { Lesson } from '../../domain/lessons/lesson-schema.ts';
import { useLessonProgress } from './progress-store.ts';
import { lessonScenarioName } from './start-scenario.ts';

const BOX =
  'mx-3 mb-2 flex flex-wrap items-center gap-2 rounded-md border border-amber-400 bg-amber-50 px-2 py-1 text-sm dark:border-amber-700 dark:bg-amber-950/50';

/**
 * Problems the learner should know about: saved progress that could not be read (reset), and
 * a canvas that no longer shows the lesson's diagram (another scenario opened, "New"…).
 */
export function LessonNotices({ lesson }: { lesson: Lesson }) {
  const problem = useLessonProgress((s) => s.problem);
  const dismiss = useLessonProgress((s) => s.dismissProblem);
  const onLessonDiagram = useDiagram((s) => s.scenario.name === lessonScenarioName(lesson));
  return (
    <>
      {problem && (
        <div role="alert" className={BOX}>
          <span className="flex-1">{problem}</span>
          <Button onClick={dismiss}>OK</Button>
        </div>
      )}
      {!onLessonDiagram && (
        <div className={BOX}>
          <span className="flex-1">
            The canvas shows another scenario, not this lesson’s diagram, so the checks look at that
            one.
          </span>
          <Button onClick={() => enterLesson(lesson)}>Open the lesson’s diagram</Button>
        </div>
      )}
    </>
  );
}
