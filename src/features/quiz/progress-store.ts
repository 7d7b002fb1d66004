/**
 * Quiz progress in localStorage, under a namespaced key. Unreadable data is reset with a
 * message (never a crash); a browser that refuses storage still lets the learner practise.
 */
import { create } from 'zustand';
import {
  emptyProgress,
  readProgress,
  recordAnswer,
  recordExam,
  serializeProgress,
  type ExamRecord,
  type QuizProgress,
} from './progress.ts';

export const PROGRESS_KEY = 'serverless-explorer.quiz-progress';

interface ProgressState {
  progress: QuizProgress;
  /** Why saved progress could not be used or saved; shown until dismissed. */
  problem: string | null;
  /** Re-reads localStorage (at start-up, and in tests). */
  load: () => void;
  answer: (id: string, correct: boolean) => void;
  finishExam: (exam: ExamRecord, answers: readonly { id: string; correct: boolean }[]) => void;
  reset: () => void;
  dismissProblem: () => void;
}

function write(progress: QuizProgress): string | null {
  try {
    localStorage.setItem(PROGRESS_KEY, serializeProgress(progress));
    return null;
  } catch {
    return 'Your quiz progress cannot be saved in this browser (storage is full or blocked). You can keep practising; scores will not be kept.';
  }
}

export const useQuizProgress = create<ProgressState>()((set, get) => {
  const save = (progress: QuizProgress) => {
    const problem = write(progress);
    set(problem ? { progress, problem } : { progress });
  };
  return {
    progress: emptyProgress(),
    problem: null,
    load: () => {
      let raw: string | null;
      try {
        raw = localStorage.getItem(PROGRESS_KEY);
      } catch {
        set({
          progress: emptyProgress(),
          problem: 'This browser blocks saving, so quiz progress will not be kept.',
        });
        return;
      }
      const result = readProgress(raw);
      if (result.ok) return set({ progress: result.progress, problem: null });
      write(result.progress); // reset, so the message is shown once, not on every visit
      set({
        progress: result.progress,
        problem: `Your saved quiz progress could not be read (${result.problem}), so it has been reset.`,
      });
    },
    answer: (id, correct) => save(recordAnswer(get().progress, id, correct, Date.now())),
    finishExam: (exam, answers) => {
      let progress = get().progress;
      for (const a of answers) progress = recordAnswer(progress, a.id, a.correct, exam.at);
      save(recordExam(progress, exam));
    },
    reset: () => save(emptyProgress()),
    dismissProblem: () => set({ problem: null }),
  };
});

useQuizProgress.getState().load();
