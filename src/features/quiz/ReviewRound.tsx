import { useState } from 'react';
import { Link } from '../../ui/router/index.ts';
import { PracticeRound } from './PracticeRound.tsx';
import { wrongAnswerIds } from './progress.ts';
import { useQuizProgress } from './progress-store.ts';
import type { Question } from './types.ts';
import { LINK_BUTTON_SECONDARY } from './styles.ts';

/**
 * The questions whose latest answer was wrong, again, with feedback. The list is taken when
 * the round starts, so answering one right does not pull it out from under the learner.
 */
export function ReviewRound({ questions }: { questions: readonly Question[] }) {
  const [round] = useState(() => {
    const byId = new Map(questions.map((q) => [q.id, q]));
    return wrongAnswerIds(useQuizProgress.getState().progress).flatMap((id) => byId.get(id) ?? []);
  });
  if (round.length === 0) {
    return (
      <section aria-labelledby="review-title">
        <h1 id="review-title" className="text-2xl font-bold">
          Review of wrong answers
        </h1>
        <p className="mt-3 text-lg">Nothing to review: no question is waiting for a second try.</p>
        <Link to="/quiz" className={`mt-6 ${LINK_BUTTON_SECONDARY}`}>
          Back to the quiz
        </Link>
      </section>
    );
  }
  return <PracticeRound title="Review of wrong answers" questions={round} />;
}
