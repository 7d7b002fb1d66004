import type { Config, FieldSpec } from './fields.ts';

export const KIND_IDS = [
  'http-clients',
  'file-upload',
  'schedule',
  'custom-event',
  'lambda',
  'api-gateway',
  's3',
  'sns',
  'sqs',
  'dynamodb',
  'eventbridge',
  'step-functions',
  'kinesis',
] as const;
export type KindId = (typeof KIND_IDS)[number];

export type Group = 'event' | 'function' | 'service';

/**
 * How this kind hands work to what it is connected to: the caller waits (sync), an internal
 * queue and retries (async), a poller pulls batches (poll), or a plain SDK/API call (sdk).
 */
export type InvocationModel = 'sync' | 'async' | 'poll' | 'sdk';

export interface FieldProblem {
  key: string;
  message: string;
}

export interface KindSpec {
  id: KindId;
  label: string;
  /** Short name for tight spaces (node headers, compare tables). */
  shortLabel: string;
  group: Group;
  summary: string;
  fields: readonly FieldSpec[];
  /** Rules that involve more than one field (e.g. provisioned ≤ reserved concurrency). */
  crossCheck?: (config: Config) => FieldProblem[];
  icon: string;
  /** Brand-like accent colour, used for the node's stripe and icon. */
  color: string;
  conceptSlug: string;
  cloudFormationType: string;
  invocationModel: InvocationModel;
  /** Event sources with a traffic generator (rate, pattern, payload). */
  hasTraffic: boolean;
}
