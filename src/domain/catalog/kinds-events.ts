import type { KindSpec } from './types.ts';
import { checkScheduleExpression } from './schedule-expression.ts';

export const httpClients: KindSpec = {
  id: 'http-clients',
  label: 'HTTP clients',
  shortLabel: 'Clients',
  group: 'event',
  summary:
    'Browsers, mobile apps or other services sending HTTP requests and waiting for the answer.',
  fields: [],
  icon: 'users',
  color: '#475569',
  conceptSlug: 'http-clients',
  cloudFormationType: '',
  invocationModel: 'sync',
  hasTraffic: true,
};

export const fileUpload: KindSpec = {
  id: 'file-upload',
  label: 'File upload',
  shortLabel: 'Uploads',
  group: 'event',
  summary: 'Users or devices putting files into storage, for example photos from a phone.',
  fields: [],
  icon: 'upload',
  color: '#475569',
  conceptSlug: 'file-upload',
  cloudFormationType: '',
  invocationModel: 'sdk',
  hasTraffic: true,
};

export const schedule: KindSpec = {
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
};

export const customEvent: KindSpec = {
  id: 'custom-event',
  label: 'Custom event',
  shortLabel: 'Events',
  group: 'event',
  summary:
    'Your own application or an IoT device emitting events (orders placed, sensor readings).',
  fields: [
    {
      type: 'enum',
      key: 'source',
      label: 'Emitted by',
      help: 'Only changes the picture and the wording; the traffic settings decide the load.',
      options: [
        { value: 'app', label: 'An application' },
        { value: 'iot', label: 'IoT devices' },
      ],
      default: 'app',
    },
  ],
  icon: 'spark',
  color: '#475569',
  conceptSlug: 'custom-event',
  cloudFormationType: '',
  invocationModel: 'async',
  hasTraffic: true,
};
