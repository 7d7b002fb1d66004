/**
 * Every node kind, in palette order: the one list the catalog, the engine and the share
 * format derive theirs from. Ids are stored in scenarios and links, so an id never changes.
 * To add a kind, append it here (ARCHITECTURE.md, "Adding a kind").
 */
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
  'alb',
  'fargate',
] as const;
export type KindId = (typeof KIND_IDS)[number];
