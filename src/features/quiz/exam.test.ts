import { EXAM_SECONDS, EXAM_SIZE, formatClock, formatDuration, remainingSeconds } from './exam.ts';

describe('exam clock', () => {
  it('is 20 questions in 30 minutes', () => {
    expect(EXAM_SIZE).toBe(20);
    expect(EXAM_SECONDS).toBe(1800);
  });

  it('counts down in whole seconds and stops at zero', () => {
    expect(remainingSeconds(1000, 1000)).toBe(1800);
    expect(remainingSeconds(1000, 1999)).toBe(1800);
    expect(remainingSeconds(1000, 61_000)).toBe(1740);
    expect(remainingSeconds(0, 10_000_000)).toBe(0);
    expect(remainingSeconds(0, 5000, 3)).toBe(0);
  });

  it('formats the clock and durations', () => {
    expect(formatClock(1800)).toBe('30:00');
    expect(formatClock(605)).toBe('10:05');
    expect(formatClock(-3)).toBe('0:00');
    expect(formatDuration(725)).toBe('12 min 5 s');
    expect(formatDuration(42)).toBe('42 s');
  });
});
