/**
 * Limits from the AWS quota pages of the service (2025–2026 copies); latencies are model
 * assumptions ("single-digit milliseconds" is how AWS describes DynamoDB).
 */
import type { KindSpec } from '../../catalog/types.ts';

export const eventbridge = {
  id: 'eventbridge',
  label: 'Amazon EventBridge',
  shortLabel: 'EventBridge',
  group: 'service',
  summary: 'An event bus: rules match incoming events and route them to targets.',
  icon: 'bus',
  color: '#E7157B',
  conceptSlug: 'amazon-eventbridge',
  cloudFormationType: 'AWS::Events::EventBus',
  invocationModel: 'async',
  hasTraffic: false,
  fields: [
    {
      type: 'number',
      key: 'matchPercent',
      label: 'Events matching the rules',
      unit: '%',
      min: 0,
      max: 100,
      limitReason: 'a share of all events',
      help: 'Share of events whose pattern matches; matching events go to every target.',
      default: 100,
    },
  ],
} as const satisfies KindSpec;
