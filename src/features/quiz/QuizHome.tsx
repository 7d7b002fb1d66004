import { Link } from '../../ui/router/index.ts';
import { EXAM_SECONDS, EXAM_SIZE } from './exam.ts';
import { ProgressSummary } from './ProgressSummary.tsx';
import { wrongAnswerIds } from './progress.ts';
import { useQuizProgress } from './progress-store.ts';
import { TopicList } from './TopicList.tsx';
import type { Question } from './types.ts';
import { CARD, LINK_BUTTON, LINK_BUTTON_SECONDARY } from './styles.ts';

/** `#/quiz`: the modes, the topics and the saved progress. */
export function QuizHome({ questions }: { questions: readonly Question[] }) {
  const known = new Set(questions.map((q) => q.id));
  const toReview = useQuizProgress(
    (s) => wrongAnswerIds(s.progress).filter((id) => known.has(id)).length,
  );
  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Practice questions</h1>
        <p className="mt-2 text-lg leading-relaxed text-slate-700 dark:text-slate-300">
          {questions.length} questions in the style of the cloud certifications, each with an
          explanation and a link to the page that teaches it.
        </p>
      </header>
      <div className="grid gap-4 sm:grid-cols-3">
        <section aria-labelledby="exam-mode" className={CARD}>
          <h2 id="exam-mode" className="font-semibold">
            Timed exam
          </h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {Math.min(EXAM_SIZE, questions.length)} random questions in {EXAM_SECONDS / 60} minutes;
            feedback at the end.
          </p>
          <Link to="/quiz/exam" className={`mt-3 ${LINK_BUTTON}`}>
            Start the exam
          </Link>
        </section>
        <section aria-labelledby="review-mode" className={CARD}>
          <h2 id="review-mode" className="font-semibold">
            Review
          </h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-testid="review-count">
            {toReview === 0
              ? 'No wrong answers waiting.'
              : `${toReview} question${toReview === 1 ? '' : 's'} answered wrongly last time.`}
          </p>
          {toReview > 0 && (
            <Link to="/quiz/review" className={`mt-3 ${LINK_BUTTON_SECONDARY}`}>
              Review wrong answers
            </Link>
          )}
        </section>
        <section aria-labelledby="cards-mode" className={CARD}>
          <h2 id="cards-mode" className="font-semibold">
            Flashcards
          </h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            The glossary, one term at a time: say the definition, then flip.
          </p>
          <Link to="/quiz/flashcards" className={`mt-3 ${LINK_BUTTON_SECONDARY}`}>
            Study flashcards
          </Link>
        </section>
      </div>
      <section aria-labelledby="topics-title">
        <h2 id="topics-title" className="text-xl font-semibold">
          Practice by topic
        </h2>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          Instant feedback after each question, with the explanation.
        </p>
        <TopicList questions={questions} />
      </section>
      <ProgressSummary questions={questions} />
    </div>
  );
}
