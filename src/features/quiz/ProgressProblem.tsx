import { Button } from '../../ui/Button.tsx';
import { useQuizProgress } from './progress-store.ts';

/** Says when saved progress was unreadable (and reset) or cannot be saved. */
export function ProgressProblem() {
  const problem = useQuizProgress((s) => s.problem);
  const dismiss = useQuizProgress((s) => s.dismissProblem);
  if (!problem) return null;
  return (
    <div
      role="alert"
      className="mb-6 flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950/40"
    >
      <p className="flex-1">{problem}</p>
      <Button onClick={dismiss}>OK</Button>
    </div>
  );
}
