/**
 * Entering (or restarting) a lesson: its diagram on the canvas and its progress record started.
 * A freshly loaded start goes back to step 1, because later steps build on the diagram of
 * earlier ones; steps passed before keep their tick.
 */
import { useEffect } from 'react';
import { useNotices } from '../../store/notices-store.ts';
import { useEditorUi } from '../../store/editor-ui-store.ts';
import type { Lesson } from '../../domain/lessons/lesson-schema.ts';
import { openLessonDiagram } from './open-lesson.ts';
import { useLessonProgress } from './progress-store.ts';
import { withStep } from './progress.ts';

/** The docked lesson took height from the canvas (and may have replaced its diagram): fit the
 * diagram into what is left, once React Flow has measured the new nodes. */
function refitCanvas() {
  window.setTimeout(() => {
    void useEditorUi.getState().flow?.fitView({ padding: 0.2, maxZoom: 1.2 });
  }, 100);
}

export function enterLesson(lesson: Lesson, restart = false) {
  const progress = useLessonProgress.getState();
  if (restart) progress.restart(lesson.id);
  const outcome = openLessonDiagram(lesson, restart);
  const { notify } = useNotices.getState();
  if (outcome.kind === 'error') return notify('error', outcome.message);
  refitCanvas();
  if (outcome.kind === 'kept') return progress.update(lesson.id, (l) => l);
  progress.update(lesson.id, (l) => withStep(l, 0));
  if (outcome.backedUp) {
    notify(
      'info',
      `Opened the lesson “${lesson.title}”. Your previous work is kept: “Restore previous work” brings it back.`,
    );
  }
}

/** Enters the lesson when its route is shown; safe to run twice (StrictMode): the second time
 * the lesson's diagram is already on the canvas and is kept. */
export function useEnterLesson(lesson: Lesson) {
  useEffect(() => enterLesson(lesson), [lesson]);
}
