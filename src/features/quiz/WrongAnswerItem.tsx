import { ConceptLink } from './ConceptLink.tsx';
import { questionText } from './scoring.ts';
import type { Question } from './types.ts';

const quote = (question: Question, indexes: readonly number[]) =>
  indexes.map((i) => `“${question.options[i] ?? ''}”`).join(' and ');

/** A question answered wrongly: what was chosen, what is right, and why. */
export function WrongAnswerItem({
  question,
  chosen,
}: {
  question: Question;
  chosen: readonly number[];
}) {
  return (
    <li className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <p className="font-medium leading-relaxed">{questionText(question)}</p>
      <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold text-red-800 dark:text-red-300">Your answer</dt>
        <dd>{chosen.length > 0 ? quote(question, chosen) : 'Not answered'}</dd>
        <dt className="font-semibold text-green-800 dark:text-green-300">Right answer</dt>
        <dd>{quote(question, question.answer)}</dd>
      </dl>
      <p className="mt-2 text-sm leading-relaxed text-slate-700 dark:text-slate-300">
        {question.explanation}
      </p>
      <p className="mt-2 text-sm">
        <ConceptLink slug={question.concept} />
      </p>
    </li>
  );
}
