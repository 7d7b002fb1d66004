import { tally } from './progress.ts';
import { useQuizProgress } from './progress-store.ts';
import { ResetProgressButton } from './ResetProgressButton.tsx';
import type { Question } from './types.ts';
import { formatDuration } from './exam.ts';
import { CARD } from './styles.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What is saved in this browser: questions answered, right at the last try, recent exams. */
export function ProgressSummary({ questions }: { questions: readonly Question[] }) {
  const progress = useQuizProgress((s) => s.progress);
  const { answered, right, total } = tally(progress, questions);
  const exams = [...progress.exams].reverse().slice(0, 5);
  return (
    <section aria-labelledby="progress-title" className={CARD}>
      <div className="flex items-center gap-2">
        <h2 id="progress-title" className="text-lg font-semibold">
          Your progress
        </h2>
        <span className="ml-auto">
          <ResetProgressButton />
        </span>
      </div>
      <p className="mt-2" data-testid="progress-tally">
        Answered {answered} of {total} questions; {right} right at the last try.
      </p>
      {exams.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">Recent exams</h3>
          <ul className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {exams.map((exam) => (
              <li key={exam.at}>
                {dateFormat.format(exam.at)}: {exam.score} of {exam.total} (
                {exam.total ? Math.round((exam.score / exam.total) * 100) : 0} %) in{' '}
                {formatDuration(exam.seconds)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">Saved in this browser only.</p>
    </section>
  );
}
