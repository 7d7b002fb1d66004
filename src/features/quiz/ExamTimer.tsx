import { useEffect, useState } from 'react';
import { formatClock, remainingSeconds } from './exam.ts';

/**
 * The exam's countdown. Only this small component re-renders every second; it calls onExpire
 * once the time is up. The clock is derived from the start time, so a busy tab cannot drift it.
 */
export function ExamTimer({ startedAt, onExpire }: { startedAt: number; onExpire: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const left = remainingSeconds(startedAt, now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left === 0) onExpire();
  }, [left, onExpire]);
  const low = left <= 5 * 60;
  return (
    <p
      role="timer"
      aria-label={`Time left: ${formatClock(left)}`}
      className={`rounded-md px-2.5 py-1 font-mono text-lg font-semibold tabular-nums ${
        low
          ? 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200'
          : 'bg-slate-100 dark:bg-slate-800'
      }`}
    >
      {formatClock(left)}
    </p>
  );
}
