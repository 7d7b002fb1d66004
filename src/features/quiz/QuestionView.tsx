import { OptionChoice } from './OptionChoice.tsx';
import { choosePrompt, questionText, toggleOption } from './scoring.ts';
import type { Question } from './types.ts';
import { LINK } from './styles.ts';

/**
 * A question and its options. Multiple-answer questions use checkboxes and say how many to
 * choose; scenario questions link to the scenario (in a new tab, so the round is not lost).
 */
export function QuestionView({
  question,
  chosen,
  onChange,
  revealed,
}: {
  question: Question;
  chosen: readonly number[];
  onChange: (next: number[]) => void;
  revealed: boolean;
}) {
  const prompt = choosePrompt(question);
  return (
    <fieldset>
      <legend className="text-lg leading-relaxed font-medium">
        {questionText(question)}
        {prompt && (
          <>
            {' '}
            <span className="sr-only">(</span>
            <span className="ml-2 inline-block rounded-full bg-violet-100 px-2.5 py-0.5 align-middle text-sm font-semibold text-violet-900 dark:bg-violet-900/50 dark:text-violet-200">
              {prompt}
            </span>
            <span className="sr-only">)</span>
          </>
        )}
      </legend>
      {question.scenario && (
        <p className="mt-2 text-sm">
          <a
            href={`#/example/${question.scenario}`}
            target="_blank"
            rel="noopener noreferrer"
            className={LINK}
          >
            Open the scenario
            <span className="sr-only"> (opens in a new tab)</span>
          </a>{' '}
          <span className="text-slate-500 dark:text-slate-400">in the Explorer, in a new tab</span>
        </p>
      )}
      <div className="mt-4 flex flex-col gap-2">
        {question.options.map((option, i) => (
          <OptionChoice
            key={i}
            name={question.id}
            multiple={question.type === 'multiple'}
            text={option}
            checked={chosen.includes(i)}
            onToggle={() => onChange(toggleOption(question, chosen, i))}
            revealed={revealed}
            isAnswer={question.answer.includes(i)}
          />
        ))}
      </div>
    </fieldset>
  );
}
