import { useEffect, useRef } from 'react';
import { Button } from '../../ui/Button.tsx';
import { CheckList } from './CheckList.tsx';
import { InlineText } from './InlineText.tsx';
import { PredictionInput } from './PredictionInput.tsx';
import type { Lesson, LessonStep } from '../../domain/lessons/lesson-schema.ts';
import { useStepCheck } from './use-step-check.ts';

const TONE = {
  quiet: '',
  info: 'border-blue-300 bg-blue-50 dark:border-blue-800 dark:bg-blue-950/50',
  success: 'border-emerald-400 bg-emerald-50 dark:border-emerald-700 dark:bg-emerald-950/50',
  problem: 'border-amber-400 bg-amber-50 dark:border-amber-700 dark:bg-amber-950/50',
} as const;

/** Each column's height: shorter on short screens, where the Explorer needs the room most. */
const COLUMN = 'max-h-[24vh] overflow-y-auto p-0.5 [@media(min-height:820px)]:max-h-[32vh]';
const LG_COLUMN =
  'lg:max-h-[24vh] lg:overflow-y-auto lg:p-0.5 lg:[@media(min-height:820px)]:max-h-[32vh]';

/** One step: what to do, the prediction, "Check my work", and what the check found. */
export function StepArea({
  lesson,
  step,
  index,
}: {
  lesson: Lesson;
  step: LessonStep;
  index: number;
}) {
  const state = useStepCheck(lesson, step);
  const { feedback, revealed } = state;
  // The panel is short: bring new feedback into view instead of leaving it below the fold.
  const said = useRef<HTMLDivElement>(null);
  const revealText = revealed?.text;
  useEffect(() => {
    if (feedback.text || revealText) said.current?.scrollIntoView?.({ block: 'nearest' });
  }, [feedback.text, revealText]);
  return (
    // Side by side, each column scrolling on its own: the panel stays short (the Explorer needs
    // the height) and new feedback never pushes the step's text out of view.
    <div className="grid gap-x-5 gap-y-2 md:grid-cols-2 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)_minmax(0,1.2fr)]">
      <div className={`flex min-w-0 flex-col gap-2 lg:contents ${COLUMN}`}>
        <div className={`flex min-w-0 flex-col gap-1.5 ${LG_COLUMN}`}>
          <h3 className="text-base font-semibold leading-snug">
            <span className="sr-only">Step {index + 1}: </span>
            {step.title}
            {state.passed && (
              <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 align-middle text-xs font-medium text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
                Passed
              </span>
            )}
          </h3>
          <p className="text-sm leading-relaxed text-slate-800 dark:text-slate-200">
            <InlineText text={step.text} />
          </p>
        </div>
        <div className={`min-w-0 ${LG_COLUMN}`}>
          <CheckList lines={state.lines} />
        </div>
      </div>
      <div className={`flex min-w-0 flex-col gap-2 ${COLUMN}`}>
        {step.predict && (
          <PredictionInput
            prediction={step.predict}
            guess={state.guess}
            locked={state.locked}
            onGuess={state.choose}
          />
        )}
        <div className="flex flex-wrap items-center gap-2">
          <Button
            variant="primary"
            // aria-disabled, not disabled: the button keeps keyboard focus during the run.
            onClick={() => !state.running && void state.check()}
            aria-disabled={state.running || undefined}
            aria-busy={state.running || undefined}
          >
            Check my work
          </Button>
          {state.running && (
            <span className="text-xs text-slate-600 dark:text-slate-400" aria-hidden="true">
              Simulating… {Math.round(state.share * 100)} %
            </span>
          )}
        </div>
        <div ref={said} role="status" aria-live="polite" className="flex flex-col gap-1 text-sm">
          {feedback.text && (
            <p className={`rounded-md border p-2 ${TONE[feedback.tone]}`}>{feedback.text}</p>
          )}
          {revealed && (
            <p
              className={`rounded-md border p-2 ${revealed.right ? TONE.success : TONE.info}`}
              data-testid="reveal"
            >
              {revealed.text}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
