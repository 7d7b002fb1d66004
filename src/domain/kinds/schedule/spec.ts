/** The catalog entry of the schedule kind: what the palette, the inspector and validation read. */
import type { KindSpec } from '../../catalog/types.ts';
import { checkScheduleExpression } from './schedule-expression.ts';

export const schedule = {
  id: 'schedule',
  label: 'Schedule',
  shortLabel: 'Schedule',
  group: 'event',
  summary: 'A timer that fires on a fixed rate or a cron expression (EventBridge Scheduler).',
  fields: [
    {
      type: 'text',
      key: 'expression',
      label: 'Schedule expression',
      help: 'rate(5 minutes), rate(1 hour) or cron(0 2 * * ? *) — in UTC, as EventBridge writes them.',
      maxLength: 80,
      placeholder: 'rate(5 minutes)',
      default: 'rate(1 minute)',
      check: checkScheduleExpression,
    },
  ],
  icon: 'clock',
  color: '#475569',
  conceptSlug: 'schedule',
  cloudFormationType: 'AWS::Scheduler::Schedule',
  invocationModel: 'async',
  hasTraffic: false,
} as const satisfies KindSpec;
