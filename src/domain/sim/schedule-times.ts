/**
 * When a Schedule node fires during a run. Simulated time 0 is midnight UTC on Monday
 * 2026-01-05, so cron expressions that name hours or weekdays mean something.
 * rate(...) fires at 0, every, 2·every, … (AWS fires one period after creation; starting at 0
 * lets a short run show the first firing). Cron fields support numbers, names, `*`, `?`,
 * ranges, lists and steps; `L`, `W` and `#` are read as "any" (an approximation).
 */
import { parseScheduleExpression } from '../catalog/index.ts';

export const SIM_EPOCH_UTC = Date.UTC(2026, 0, 5);

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

type Matcher = (value: number) => boolean;

function matcher(field: string, min: number, max: number, names: string[] = []): Matcher {
  if (field === '*' || field === '?' || /[LW#]/.test(field)) return () => true;
  const allowed = new Set<number>();
  const value = (text: string) => {
    const named = names.indexOf(text.toUpperCase());
    return named >= 0 ? named + min : Number(text);
  };
  for (const part of field.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText ? Math.max(1, Number(stepText)) : 1;
    let from = min;
    let to = max;
    if (range !== '*') {
      const [a = '', b] = range.split('-');
      from = value(a);
      to = b !== undefined ? value(b) : stepText ? max : from;
    }
    for (let v = from; v <= to; v += step) allowed.add(v);
  }
  return (v) => allowed.has(v);
}

/** Firing times (ms) in [0, durationMs) for a schedule expression; [] when it cannot be read. */
export function scheduleTimes(expression: string, durationMs: number): number[] {
  const parsed = parseScheduleExpression(expression);
  if (typeof parsed === 'string') return [];
  const times: number[] = [];
  if (parsed.type === 'rate') {
    for (let t = 0; t < durationMs; t += parsed.everyMs) times.push(t);
    return times;
  }
  const minute = matcher(parsed.minutes, 0, 59);
  const hour = matcher(parsed.hours, 0, 23);
  const dom = matcher(parsed.dayOfMonth, 1, 31);
  const month = matcher(parsed.month, 1, 12, MONTHS);
  const dow = matcher(parsed.dayOfWeek, 1, 7, DAYS);
  const year = matcher(parsed.year, 1970, 2199);
  for (let t = 0; t < durationMs; t += 60_000) {
    const d = new Date(SIM_EPOCH_UTC + t);
    if (
      minute(d.getUTCMinutes()) &&
      hour(d.getUTCHours()) &&
      dom(d.getUTCDate()) &&
      month(d.getUTCMonth() + 1) &&
      dow(d.getUTCDay() + 1) &&
      year(d.getUTCFullYear())
    ) {
      times.push(t);
    }
  }
  return times;
}
