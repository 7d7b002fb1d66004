/**
 * Lesson progress in localStorage (PROGRESS_KEY). Unreadable data is reset with a message,
 * never a crash; a browser that refuses storage still lets the learner work through a lesson.
 */
import { create } from 'zustand';
import {
  PROGRESS_KEY,
  emptyProgress,
  readProgress,
  serializeProgress,
  updateLesson,
  withoutLesson,
  type LessonProgress,
  type Progress,
} from './progress.ts';

interface ProgressState {
  progress: Progress;
  /** Why saved progress could not be used or saved; shown until dismissed. */
  problem: string | null;
  loaded: boolean;
  /** Reads localStorage once (again with `force`, for tests). */
  load: (force?: boolean) => void;
  update: (lessonId: string, change: (lesson: LessonProgress) => LessonProgress) => void;
  restart: (lessonId: string) => void;
  dismissProblem: () => void;
}

function write(progress: Progress): string | null {
  try {
    localStorage.setItem(PROGRESS_KEY, serializeProgress(progress));
    return null;
  } catch {
    return 'Your lesson progress cannot be saved in this browser (storage is full or blocked). You can carry on; it will not be kept.';
  }
}

export const useLessonProgress = create<ProgressState>()((set, get) => {
  const save = (progress: Progress) => {
    const problem = write(progress);
    set(problem ? { progress, problem } : { progress });
  };
  return {
    progress: emptyProgress(),
    problem: null,
    loaded: false,
    load: (force = false) => {
      if (get().loaded && !force) return;
      let raw: string | null;
      try {
        raw = localStorage.getItem(PROGRESS_KEY);
      } catch {
        set({
          loaded: true,
          progress: emptyProgress(),
          problem: 'This browser blocks saving, so lesson progress will not be kept.',
        });
        return;
      }
      const result = readProgress(raw);
      if (result.ok) return set({ loaded: true, progress: result.progress, problem: null });
      write(result.progress); // reset, so the message is shown once, not on every visit
      set({
        loaded: true,
        progress: result.progress,
        problem: `Your saved lesson progress could not be read (${result.error}), so it was reset. Your diagrams are not affected.`,
      });
    },
    // Writing before reading would save an empty record over the learner's progress.
    update: (lessonId, change) => {
      get().load();
      save(updateLesson(get().progress, lessonId, change));
    },
    restart: (lessonId) => {
      get().load();
      save(withoutLesson(get().progress, lessonId));
    },
    dismissProblem: () => set({ problem: null }),
  };
});

// Read saved progress as soon as the lessons load, so the first render already shows the
// learner's place (no flash of step 1); tests re-read with load(true).
if (typeof localStorage !== 'undefined') useLessonProgress.getState().load();
