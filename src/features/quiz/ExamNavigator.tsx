import type { Answers, Question } from './types.ts';

/** Numbered buttons to jump between exam questions, showing which are answered. */
export function ExamNavigator({
  questions,
  answers,
  index,
  onGo,
}: {
  questions: readonly Question[];
  answers: Answers;
  index: number;
  onGo: (index: number) => void;
}) {
  return (
    <nav aria-label="Exam questions" className="mt-8">
      <ol className="flex flex-wrap gap-1.5">
        {questions.map((q, i) => {
          const answered = (answers[q.id]?.length ?? 0) > 0;
          return (
            <li key={q.id}>
              <button
                type="button"
                onClick={() => onGo(i)}
                aria-current={i === index ? 'step' : undefined}
                aria-label={`Question ${i + 1}${answered ? ', answered' : ''}`}
                className={`h-8 w-8 rounded-md border text-sm font-medium tabular-nums ${
                  i === index
                    ? 'border-blue-600 ring-2 ring-blue-600'
                    : 'border-slate-300 dark:border-slate-600'
                } ${answered ? 'bg-blue-100 dark:bg-blue-900/50' : 'bg-white dark:bg-slate-900'}`}
              >
                {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
