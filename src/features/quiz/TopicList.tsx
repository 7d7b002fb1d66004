import { Link } from '../../ui/router/index.ts';
import { findConcept } from '../../ui/learn-content/concept-index.ts';
import { questionsForTopic, topicsOf } from './picking.ts';
import { tally } from './progress.ts';
import { useQuizProgress } from './progress-store.ts';
import type { Question } from './types.ts';
import { compareText } from '../../domain/format/order.ts';

/** Every topic with its question count and how the learner did at the last try. */
export function TopicList({ questions }: { questions: readonly Question[] }) {
  const progress = useQuizProgress((s) => s.progress);
  const topics = topicsOf(questions)
    .map(({ topic, count }) => ({ topic, count, title: findConcept(topic)?.title ?? topic }))
    .sort((a, b) => compareText(a.title, b.title));
  return (
    <ul className="mt-3 grid gap-2 sm:grid-cols-2">
      {topics.map(({ topic, count, title }) => {
        const { answered, right } = tally(progress, questionsForTopic(questions, topic));
        return (
          <li key={topic}>
            <Link
              to={`/quiz/topic/${topic}`}
              className="flex items-baseline gap-2 rounded-lg border border-slate-200 px-3 py-2 hover:border-blue-400 hover:bg-blue-50/50 dark:border-slate-800 dark:hover:border-blue-600 dark:hover:bg-slate-900"
            >
              <span className="font-medium text-blue-700 dark:text-blue-400">{title}</span>
              <span className="ml-auto shrink-0 text-sm text-slate-600 tabular-nums dark:text-slate-400">
                {answered > 0 ? `${right} of ${count} right` : `${count} questions`}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
