/**
 * Limits from the AWS quota pages of the service (2025–2026 copies); latencies are model
 * assumptions ("single-digit milliseconds" is how AWS describes DynamoDB).
 */
import type { KindSpec } from '../../catalog/types.ts';

export const stepFunctions = {
  id: 'step-functions',
  label: 'AWS Step Functions',
  shortLabel: 'Step Functions',
  group: 'service',
  summary: 'Workflows as state machines: runs its tasks in sequence, with retries and branching.',
  icon: 'flow',
  color: '#E7157B',
  conceptSlug: 'aws-step-functions',
  cloudFormationType: 'AWS::StepFunctions::StateMachine',
  invocationModel: 'sync',
  hasTraffic: false,
  fields: [
    {
      type: 'enum',
      key: 'workflowType',
      label: 'Workflow type',
      help: 'Standard: billed per state transition, up to a year. Express: billed per request and duration, up to 5 minutes.',
      options: [
        { value: 'standard', label: 'Standard' },
        { value: 'express', label: 'Express' },
      ],
      default: 'standard',
    },
  ],
} as const satisfies KindSpec;
