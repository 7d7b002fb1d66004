// @vitest-environment jsdom
import { emptyScenario } from '../../domain/diagram/index.ts';
import { useDiagram } from '../../store/diagram-store.ts';
import { useSession } from '../../store/session-store.ts';
import { LESSONS } from '../../../content/lessons/index.ts';
import { isLessonDiagram, openLessonDiagram } from './open-lesson.ts';

const [first, second] = LESSONS as [(typeof LESSONS)[number], (typeof LESSONS)[number]];

beforeEach(() => {
  localStorage.clear();
  useSession.getState().set({ backup: null, firstVisit: false });
});

describe('opening a lesson’s diagram', () => {
  it('sets the learner’s own work aside, then keeps the lesson’s diagram on re-entry', () => {
    const mine = { ...emptyScenario('My work') };
    useDiagram.getState().replace(mine);
    expect(openLessonDiagram(first)).toEqual({ kind: 'loaded', backedUp: true });
    expect(useSession.getState().backup?.scenario).toBe(mine);
    expect(useDiagram.getState().scenario.name).toBe(`Lesson: ${first.title}`);
    expect(isLessonDiagram(useDiagram.getState().scenario)).toBe(true);

    useDiagram.getState().addNode('lambda', { x: 0, y: 0 });
    expect(openLessonDiagram(first)).toEqual({ kind: 'kept' });
    expect(useDiagram.getState().scenario.nodes).toHaveLength(1);
  });

  it('never backs up a lesson’s diagram over the learner’s work', () => {
    const mine = { ...emptyScenario('My work') };
    useDiagram.getState().replace(mine);
    openLessonDiagram(first);
    expect(openLessonDiagram(second)).toEqual({ kind: 'loaded', backedUp: false });
    expect(openLessonDiagram(second, true)).toEqual({ kind: 'loaded', backedUp: false });
    expect(useSession.getState().backup?.scenario).toBe(mine);
    expect(isLessonDiagram(mine)).toBe(false);
  });

  it('does not count the first visit’s welcome example as work to keep', () => {
    useSession.getState().set({ firstVisit: true });
    useDiagram.getState().replace(emptyScenario('Welcome example'));
    expect(openLessonDiagram(first)).toEqual({ kind: 'loaded', backedUp: false });
    expect(useSession.getState().firstVisit).toBe(false);
  });
});
