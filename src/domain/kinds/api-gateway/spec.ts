/**
 * Limits from the AWS quota pages of the service (2025–2026 copies); latencies are model
 * assumptions ("single-digit milliseconds" is how AWS describes DynamoDB).
 */
import type { KindSpec } from '../../catalog/types.ts';

export const apiGateway = {
  id: 'api-gateway',
  label: 'Amazon API Gateway',
  shortLabel: 'API Gateway',
  group: 'service',
  summary:
    'A managed HTTP front door: routes requests to functions or services and waits for the answer.',
  icon: 'api',
  color: '#E7157B',
  conceptSlug: 'amazon-api-gateway',
  cloudFormationType: 'AWS::ApiGateway::RestApi',
  invocationModel: 'sync',
  hasTraffic: false,
  fields: [
    {
      type: 'enum',
      key: 'apiType',
      label: 'API type',
      help: 'REST APIs have more features; HTTP APIs are simpler and cheaper per request.',
      options: [
        { value: 'rest', label: 'REST API' },
        { value: 'http', label: 'HTTP API' },
      ],
      default: 'rest',
    },
    {
      type: 'number',
      key: 'throttleRps',
      label: 'Throttle rate',
      unit: 'requests/s',
      min: 1,
      max: 10000,
      integer: true,
      limitReason: 'the default account quota is 10,000 requests/s per Region',
      help: 'Steady-state request rate above which API Gateway answers 429 Too Many Requests.',
      default: 10000,
    },
    {
      type: 'number',
      key: 'burst',
      label: 'Burst',
      unit: 'requests',
      min: 1,
      max: 5000,
      integer: true,
      limitReason: 'the default account burst quota is 5,000',
      help: 'How many requests the token bucket lets through at once before the rate applies.',
      default: 5000,
    },
    {
      type: 'number',
      key: 'overheadMs',
      label: 'Added latency',
      unit: 'ms',
      min: 0,
      max: 1000,
      limitReason: 'a model assumption',
      help: 'Time API Gateway itself adds to each request (a model assumption, not an AWS figure).',
      default: 10,
    },
  ],
} as const satisfies KindSpec;
