import type { ReactNode } from 'react';
import { Link } from '../../ui/router/index.ts';
import { ProgressProblem } from './ProgressProblem.tsx';

/** The quiz's scrolling page inside the shell's fixed-height slot. */
export function QuizFrame({ children, back }: { children: ReactNode; back: boolean }) {
  return (
    <div className="relative h-full overflow-y-auto">
      <div className="mx-auto max-w-3xl px-4 pt-8 pb-16 sm:px-6">
        {back && (
          <Link
            to="/quiz"
            className="mb-4 inline-block text-sm text-blue-700 underline dark:text-blue-400"
          >
            ← Practice questions
          </Link>
        )}
        <ProgressProblem />
        {children}
      </div>
    </div>
  );
}
