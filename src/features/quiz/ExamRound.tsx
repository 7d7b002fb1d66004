import { useCallback, useRef, useState } from 'react';
import { Button } from '../../ui/Button.tsx';
import { EXAM_SECONDS, EXAM_SIZE } from './exam.ts';
import { ExamNavigator } from './ExamNavigator.tsx';
import { ExamTimer } from './ExamTimer.tsx';
import { FinishExamButton } from './FinishExamButton.tsx';
import { pickExam } from './picking.ts';
import { useQuizProgress } from './progress-store.ts';
import { QuestionView } from './QuestionView.tsx';
import { RoundProgress } from './RoundProgress.tsx';
import { RoundSummary } from './RoundSummary.tsx';
import { isCorrect, scoreRound } from './scoring.ts';
import type { Question } from './types.ts';

/**
 * A timed exam: random questions, no feedback until the end (or until time runs out), then the
 * score and every wrong answer; the answers and the score are saved.
 */
export function ExamRound({ questions }: { questions: readonly Question[] }) {
  const [exam] = useState(() => ({
    questions: pickExam(questions, EXAM_SIZE),
    startedAt: Date.now(),
  }));
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, number[]>>({});
  const [usedSeconds, setUsedSeconds] = useState<number | null>(null);
  const finishExam = useQuizProgress((s) => s.finishExam);
  const done = useRef(false);
  const question = exam.questions[index];

  const finish = useCallback(() => {
    if (done.current) return; // the timer and the button may both ask
    done.current = true;
    const at = Date.now();
    const seconds = Math.min(EXAM_SECONDS, Math.round((at - exam.startedAt) / 1000));
    const score = scoreRound(exam.questions, answers);
    finishExam(
      { at, score: score.correct, total: score.total, seconds },
      exam.questions.map((q) => ({ id: q.id, correct: isCorrect(q, answers[q.id] ?? []) })),
    );
    setUsedSeconds(seconds);
  }, [answers, exam, finishExam]);

  if (usedSeconds !== null || !question) {
    return (
      <RoundSummary
        title="Timed exam"
        questions={exam.questions}
        answers={answers}
        seconds={usedSeconds ?? 0}
      />
    );
  }
  const unanswered = exam.questions.filter((q) => (answers[q.id]?.length ?? 0) === 0).length;
  return (
    <section aria-labelledby="exam-title">
      <div className="flex items-start justify-between gap-4">
        <div className="flex-1">
          <h1 id="exam-title" className="text-2xl font-bold">
            Timed exam
          </h1>
          <RoundProgress index={index} total={exam.questions.length} />
        </div>
        <ExamTimer startedAt={exam.startedAt} onExpire={finish} />
      </div>
      <div className="mt-6">
        <QuestionView
          question={question}
          chosen={answers[question.id] ?? []}
          onChange={(next) => setAnswers((a) => ({ ...a, [question.id]: next }))}
          revealed={false}
        />
      </div>
      <div className="mt-6 flex flex-wrap items-center gap-2">
        <Button onClick={() => setIndex((i) => i - 1)} disabled={index === 0}>
          Previous
        </Button>
        <Button
          onClick={() => setIndex((i) => i + 1)}
          disabled={index === exam.questions.length - 1}
        >
          Next
        </Button>
        <span className="ml-auto">
          <FinishExamButton unanswered={unanswered} onFinish={finish} />
        </span>
      </div>
      <ExamNavigator questions={exam.questions} answers={answers} index={index} onGo={setIndex} />
    </section>
  );
}
