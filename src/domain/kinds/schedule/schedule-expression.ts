/**
 * EventBridge schedule expressions: `rate(value unit)` and six-field `cron(...)`.
 * Syntax per the EventBridge Scheduler user guide, "Schedule types".
 */

export type ScheduleExpression =
  | { type: 'rate'; everyMs: number }
  | {
      type: 'cron';
      minutes: string;
      hours: string;
      dayOfMonth: string;
      month: string;
      dayOfWeek: string;
      year: string;
    };

const RATE = /^rate\(\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*\)$/;
const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;
const CRON_FIELD = /^[0-9A-Za-z*?,/\-#L W]+$/;

export function parseScheduleExpression(text: string): ScheduleExpression | string {
  const trimmed = text.trim();
  const rate = RATE.exec(trimmed);
  if (rate) {
    const value = Number(rate[1]);
    const unit = rate[2] as string;
    if (value < 1) return 'A rate must be at least 1.';
    if (value === 1 && unit.endsWith('s'))
      return `Write rate(1 ${unit.slice(0, -1)}) — singular for 1.`;
    if (value > 1 && !unit.endsWith('s')) return `Write rate(${value} ${unit}s) — plural above 1.`;
    const base = unit.replace(/s$/, '') as keyof typeof UNIT_MS;
    return { type: 'rate', everyMs: value * UNIT_MS[base] };
  }
  const cron = /^cron\((.*)\)$/.exec(trimmed);
  if (cron) {
    const parts = (cron[1] ?? '').trim().split(/\s+/);
    if (parts.length !== 6) {
      return 'A cron expression has six fields: minutes hours day-of-month month day-of-week year.';
    }
    if (!parts.every((p) => CRON_FIELD.test(p)))
      return 'A cron field contains an unexpected character.';
    const [minutes, hours, dayOfMonth, month, dayOfWeek, year] = parts as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (dayOfMonth !== '?' && dayOfWeek !== '?') {
      return 'In cron, day-of-month or day-of-week must be "?" (you cannot set both).';
    }
    return { type: 'cron', minutes, hours, dayOfMonth, month, dayOfWeek, year };
  }
  return 'Use rate(5 minutes) or cron(0 2 * * ? *).';
}

export function checkScheduleExpression(text: string): string | null {
  const parsed = parseScheduleExpression(text);
  return typeof parsed === 'string' ? parsed : null;
}
