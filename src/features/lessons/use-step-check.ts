/**
 * The state of the step on screen: its checks decided live against the diagram, "Check my
 * work" (running the simulation when the step needs it), the prediction's reveal, and the
 * step marked passed in the saved progress once every check holds.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useDiagram } from '../../store/diagram-store.ts';
import type { Scenario } from '../../domain/diagram/index.ts';
import { allPass, checkNow, checkWithRun, needsRun, type CheckLine } from './checks/evaluate.ts';
import { METRICS } from './checks/metrics.ts';
import { reveal } from './checks/prediction.ts';
import { stepFeedback, type Phase } from './feedback.ts';
import type { Lesson, LessonStep } from '../../domain/lessons/lesson-schema.ts';
import { useLessonProgress } from './progress-store.ts';
import { withActual, withGuess, withPassed } from './progress.ts';
import { runSimulation } from './run-simulation.ts';

interface Ran {
  scenario: Scenario;
  lines: CheckLine[];
}

export function useStepCheck(lesson: Lesson, step: LessonStep) {
  const scenario = useDiagram((s) => s.scenario);
  const record = useLessonProgress((s) => s.progress.lessons[lesson.id]);
  const update = useLessonProgress((s) => s.update);
  const live = useMemo(() => checkNow(step, scenario), [step, scenario]);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [ran, setRan] = useState<Ran | null>(null);
  const [asked, setAsked] = useState(false);
  const [share, setShare] = useState(0);
  const abort = useRef<AbortController | null>(null);
  const runStep = needsRun(step);

  // A run speaks for the diagram it ran on; after an edit the live checks take over again.
  const fresh = ran !== null && ran.scenario === scenario;
  const lines = fresh ? ran.lines : live;
  const shownPhase: Phase = phase.kind === 'ran' && !fresh ? { kind: 'idle' } : phase;
  const passed = record?.passed.includes(step.id) ?? false;
  const guess = record?.guesses[step.id];
  const actual = record?.actuals[step.id];

  // A diagram step passes by itself as soon as the diagram is right.
  const livePass = !runStep && allPass(live);
  useEffect(() => {
    if (livePass && !passed) update(lesson.id, (l) => withPassed(l, step.id));
  }, [livePass, passed, update, lesson.id, step.id]);

  useEffect(() => () => abort.current?.abort(), []);

  const check = async () => {
    setAsked(true);
    if (step.predict && guess === undefined) return setPhase({ kind: 'needs-guess' });
    if (!runStep) return setPhase({ kind: 'idle' });
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const checked = scenario;
    setPhase({ kind: 'running' });
    setShare(0);
    try {
      const run = (s: Scenario) => runSimulation(s, setShare, controller.signal);
      const outcome = await checkWithRun(step, checked, run, lesson.container);
      if (controller.signal.aborted) return;
      setRan({ scenario: checked, lines: outcome.lines });
      setPhase({ kind: outcome.ctx ? 'ran' : 'idle' });
      const value =
        outcome.ctx && step.predict ? METRICS[step.predict.metric].read(outcome.ctx) : NaN;
      const ok = allPass(outcome.lines);
      update(lesson.id, (l) => {
        const measured = Number.isFinite(value) ? withActual(l, step.id, value) : l;
        return ok ? withPassed(measured, step.id) : measured;
      });
    } catch (error) {
      if (controller.signal.aborted) return;
      const message = error instanceof Error ? error.message : String(error);
      setPhase({ kind: 'error', message: `The check could not run: ${message}` });
    }
  };

  /** A guess can change until a run has revealed the answer; then it is kept as it was. */
  const choose = (value: number) => {
    if (actual !== undefined) return;
    update(lesson.id, (l) => withGuess(l, step.id, value));
    if (phase.kind === 'needs-guess') setPhase({ kind: 'idle' });
  };

  const revealed =
    step.predict && guess !== undefined && actual !== undefined
      ? reveal(step.predict, guess, actual)
      : undefined;
  const feedback = stepFeedback({ lines, phase: shownPhase, asked, success: step.success });
  return {
    lines,
    feedback,
    passed,
    guess,
    locked: actual !== undefined,
    revealed,
    running: phase.kind === 'running',
    share,
    check,
    choose,
  };
}
