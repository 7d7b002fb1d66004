import { Link, useParams } from '../../ui/router/index.ts';
import { findConcept } from '../../ui/learn-content/concept-index.ts';
import { PracticeRound } from './PracticeRound.tsx';
import { questionsForTopic } from './picking.ts';
import type { Question } from './types.ts';
import { LINK } from './styles.ts';

/** `#/quiz/topic/<topic>`: every question of one topic, with instant feedback. */
export function TopicPractice({ questions }: { questions: readonly Question[] }) {
  const topic = useParams().topic ?? '';
  const round = questionsForTopic(questions, topic);
  if (round.length === 0) {
    return (
      <p role="alert" className="text-lg">
        There are no questions on “{topic.slice(0, 60)}”.{' '}
        <Link to="/quiz" className={LINK}>
          Choose a topic
        </Link>
      </p>
    );
  }
  const title = findConcept(topic)?.title ?? topic;
  return <PracticeRound key={topic} title={`Practice: ${title}`} questions={round} />;
}
