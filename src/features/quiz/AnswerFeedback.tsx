import { useEffect, useRef } from 'react';
import { ConceptLink } from './ConceptLink.tsx';
import type { Question } from './types.ts';

/** Right or wrong, the right options, why, and where to read more. Takes focus when shown. */
export function AnswerFeedback({ question, correct }: { question: Question; correct: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-label={correct ? 'Correct' : 'Incorrect'}
      className={`mt-5 rounded-lg border-l-4 p-4 outline-none ${
        correct
          ? 'border-green-600 bg-green-50 dark:bg-green-950/30'
          : 'border-red-600 bg-red-50 dark:bg-red-950/30'
      }`}
    >
      <p className="font-semibold">
        {correct
          ? 'Correct.'
          : `Not quite. The right answer${question.answer.length > 1 ? 's are' : ' is'} ${question.answer
              .map((i) => `“${question.options[i] ?? ''}”`)
              .join(' and ')}.`}
      </p>
      <p className="mt-2 leading-relaxed">{question.explanation}</p>
      <p className="mt-2 text-sm">
        <ConceptLink slug={question.concept} />
      </p>
    </div>
  );
}
