/** The catalog entry of the custom-event kind: what the palette, the inspector and validation read. */
import type { KindSpec } from '../../catalog/types.ts';

export const customEvent = {
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
} as const satisfies KindSpec;
