import { useEffect, useRef } from 'react';
import { Link } from '../../ui/router/index.ts';
import { scoreRound } from './scoring.ts';
import type { Answers, Question } from './types.ts';
import { WrongAnswerItem } from './WrongAnswerItem.tsx';
import { LINK_BUTTON, LINK_BUTTON_SECONDARY } from './styles.ts';
import { formatDuration } from './exam.ts';

/** The end of a round or an exam: the score, then every wrong answer with its explanation. */
export function RoundSummary({
  title,
  questions,
  answers,
  seconds,
}: {
  title: string;
  questions: readonly Question[];
  answers: Answers;
  /** Exam time used, if timed. */
  seconds?: number;
}) {
  const score = scoreRound(questions, answers);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section aria-labelledby="summary-title">
      <h1
        id="summary-title"
        ref={headingRef}
        tabIndex={-1}
        className="text-2xl font-bold outline-none"
      >
        {title}: your score
      </h1>
      <p className="mt-4 text-4xl font-bold tabular-nums" data-testid="round-score">
        {score.correct} of {score.total}
        <span className="ml-3 text-2xl font-semibold text-slate-500 dark:text-slate-400">
          {score.percent} %
        </span>
      </p>
      {seconds !== undefined && (
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          Time used: {formatDuration(seconds)}
        </p>
      )}
      <div className="mt-6 flex flex-wrap gap-2">
        {score.wrong.length > 0 && (
          <Link to="/quiz/review" className={LINK_BUTTON}>
            Review wrong answers
          </Link>
        )}
        <Link to="/quiz" className={LINK_BUTTON_SECONDARY}>
          Back to the quiz
        </Link>
      </div>
      {score.wrong.length === 0 ? (
        <p className="mt-8 text-lg">Every answer was right. Well done!</p>
      ) : (
        <section aria-labelledby="wrong-title" className="mt-10">
          <h2 id="wrong-title" className="text-xl font-semibold">
            Wrong answers ({score.wrong.length})
          </h2>
          <ol className="mt-3 flex flex-col gap-3">
            {score.wrong.map((q) => (
              <WrongAnswerItem key={q.id} question={q} chosen={answers[q.id] ?? []} />
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
