/**
 * Puts a lesson's starting scenario on the canvas — unless the canvas already shows that
 * lesson's diagram (the learner's work in progress, e.g. after a reload). The learner's own
 * work is set aside first, so "Restore previous work" brings it back.
 */
import { useDiagram } from '../../store/diagram-store.ts';
import { useSelection } from '../../store/selection-store.ts';
import { backUpCurrentWork } from '../../store/backup.ts';
import { useSession } from '../../store/session-store.ts';
import { useEditorUi } from '../../store/editor-ui-store.ts';
import type { Scenario } from '../../domain/diagram/index.ts';
import { LESSONS } from '../../../content/lessons/index.ts';
import type { Lesson } from '../../domain/lessons/lesson-schema.ts';
import { lessonScenarioName, startScenario } from './start-scenario.ts';

export const isLessonDiagram = (scenario: Scenario, lessons: readonly Lesson[] = LESSONS) =>
  lessons.some((lesson) => lessonScenarioName(lesson) === scenario.name);

export type OpenOutcome =
  { kind: 'kept' } | { kind: 'loaded'; backedUp: boolean } | { kind: 'error'; message: string };

/** `restart` loads the start even over the lesson's own diagram. */
export function openLessonDiagram(lesson: Lesson, restart = false): OpenOutcome {
  const current = useDiagram.getState().scenario;
  if (!restart && current.name === lessonScenarioName(lesson)) return { kind: 'kept' };
  const start = startScenario(lesson);
  if (!start.ok) return { kind: 'error', message: start.error };
  // A lesson's diagram is never backed up: the single backup slot keeps the learner's own
  // work, which moving between lessons or restarting one must not overwrite.
  const ownWork = !isLessonDiagram(current);
  if (ownWork) backUpCurrentWork('lesson');
  useEditorUi.getState().openDialog(null);
  useSelection.getState().clear();
  useDiagram.getState().replace(start.scenario);
  return {
    kind: 'loaded',
    backedUp: ownWork && useSession.getState().backup?.scenario === current,
  };
}
