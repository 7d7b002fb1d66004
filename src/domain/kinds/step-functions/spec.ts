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
    // Retry and Catch on every Task state (state-language.ts for the sources). The defaults
    // (no retry, no catch) are how the node behaved before they existed.
    {
      type: 'number',
      key: 'retryMaxAttempts',
      label: 'Retry: max attempts',
      unit: 'retries',
      min: 0,
      max: 10,
      integer: true,
      limitReason: 'a model limit (the States Language allows far more)',
      help: 'A Retry on every task (ErrorEquals States.ALL): how many times a failed task is tried again. 0: no Retry, a failure goes straight to Catch or fails the execution.',
      default: 0,
    },
    {
      type: 'number',
      key: 'retryIntervalSec',
      label: 'Retry: first interval',
      unit: 's',
      min: 1,
      max: 3600,
      integer: true,
      limitReason: 'a model limit (IntervalSeconds is at least 1)',
      help: 'IntervalSeconds: the wait before the first retry.',
      default: 1,
    },
    {
      type: 'number',
      key: 'retryBackoffRate',
      label: 'Retry: back-off rate',
      unit: '×',
      min: 1,
      max: 10,
      step: 0.1,
      limitReason: 'BackoffRate is at least 1.0 (a model limit of 10)',
      help: 'BackoffRate: each wait is this many times the one before (1 s, 2 s, 4 s… at 2.0).',
      default: 2,
    },
    {
      type: 'boolean',
      key: 'catchFallback',
      label: 'Catch to a fallback',
      help: 'A Catch on every task: once its retries are spent, a failed task goes to the last connection (the fallback state, e.g. a refund) instead of failing the execution.',
      default: false,
    },
  ],
} as const satisfies KindSpec;
