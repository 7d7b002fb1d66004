import { useEffect, useRef, useState } from 'react';
import { Link } from '../../ui/router/index.ts';
import { Button } from '../../ui/Button.tsx';
import { AnswerFeedback } from './AnswerFeedback.tsx';
import { useQuizProgress } from './progress-store.ts';
import { QuestionView } from './QuestionView.tsx';
import { RoundProgress } from './RoundProgress.tsx';
import { RoundSummary } from './RoundSummary.tsx';
import { canCheck, isCorrect } from './scoring.ts';
import type { Question } from './types.ts';
import { LINK } from './styles.ts';

/**
 * Questions one at a time with instant feedback (practice by topic, review of wrong answers).
 * Each answer is saved as it is checked, so leaving half-way loses nothing.
 */
export function PracticeRound({
  title,
  questions,
}: {
  title: string;
  questions: readonly Question[];
}) {
  const record = useQuizProgress((s) => s.answer);
  const [index, setIndex] = useState(0);
  const [chosen, setChosen] = useState<number[]>([]);
  const [checked, setChecked] = useState(false);
  const [answers, setAnswers] = useState<Record<string, number[]>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const question = questions[index];

  useEffect(() => {
    if (index > 0) headingRef.current?.focus(); // the next question starts at its top
  }, [index]);

  if (!question) return <RoundSummary title={title} questions={questions} answers={answers} />;

  const check = () => {
    if (!canCheck(question, chosen)) return;
    record(question.id, isCorrect(question, chosen));
    setAnswers((a) => ({ ...a, [question.id]: chosen }));
    setChecked(true);
  };
  const next = () => {
    setIndex((i) => i + 1);
    setChosen([]);
    setChecked(false);
  };
  const last = index === questions.length - 1;

  return (
    <section aria-labelledby="round-title">
      <h1
        id="round-title"
        ref={headingRef}
        tabIndex={-1}
        className="scroll-mt-8 text-2xl font-bold outline-none"
      >
        {title}
      </h1>
      <RoundProgress index={index} total={questions.length} />
      <form
        className="mt-6"
        onSubmit={(event) => {
          event.preventDefault();
          if (checked) next();
          else check();
        }}
      >
        <QuestionView question={question} chosen={chosen} onChange={setChosen} revealed={checked} />
        {checked && <AnswerFeedback question={question} correct={isCorrect(question, chosen)} />}
        <div className="mt-6 flex items-center gap-4">
          <Button
            type="submit"
            variant="primary"
            disabled={!checked && !canCheck(question, chosen)}
          >
            {!checked ? 'Check answer' : last ? 'See your score' : 'Next question'}
          </Button>
          <Link to="/quiz" className={LINK}>
            End this round
          </Link>
        </div>
      </form>
    </section>
  );
}
