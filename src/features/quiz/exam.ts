/** The timed exam's rules and clock, as pure functions. */

/** Questions per exam and its time limit: roughly the pace of the associate-level exams. */
export const EXAM_SIZE = 20;
export const EXAM_SECONDS = 30 * 60;

/** Whole seconds left, never below zero. */
export function remainingSeconds(startedAt: number, now: number, limit = EXAM_SECONDS): number {
  return Math.max(0, limit - Math.floor((now - startedAt) / 1000));
}

/**
 * @example
 * formatClock(605); // '10:05'
 */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "12 min 5 s" for results; screen readers say it better than "12:05". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(s / 60);
  return minutes > 0 ? `${minutes} min ${s % 60} s` : `${s} s`;
}
