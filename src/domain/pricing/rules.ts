import { ALB_RULES } from '../kinds/alb/pricing.ts';
import { fargateRules } from '../kinds/fargate/pricing.ts';
import { flat } from './tiers.ts';
import type { PriceTable, Tier } from './types.ts';

/** Monthly allowances shared by every node of an account (one pool each, not one per node). */
export type FreePool =
  | 'lambdaRequests'
  | 'lambdaGbSeconds'
  | 'sqsRequests'
  | 'snsPublishes'
  | 'snsHttpDeliveries'
  | 'dynamodbStorage'
  | 'sfnTransitions'
  | 'schedulerInvocations';

/** How one line item is priced: its rate bands and the free pool it may draw on. */
export type Rule = {
  item: string;
  label: string;
  unit: string;
  tiers: readonly Tier[];
  pool?: FreePool;
};

/**
 * The always-free allowances of a month. API Gateway's and S3's free tiers are left out on
 * purpose: they last only 12 months for new accounts (credits replace them since 2025-07-15),
 * and AWS's own API Gateway examples ignore them.
 */
export function freePools(p: PriceTable): Record<FreePool, number> {
  return {
    lambdaRequests: p.lambda.freeRequests.quantity,
    lambdaGbSeconds: p.lambda.freeGbSeconds.quantity,
    sqsRequests: p.sqs.freeRequests.quantity,
    snsPublishes: p.sns.freePublishes.quantity,
    snsHttpDeliveries: p.sns.freeHttpDeliveries.quantity,
    dynamodbStorage: p.dynamodb.freeStorageGb.quantity,
    sfnTransitions: p.stepFunctions.freeTransitions.quantity,
    schedulerInvocations: p.eventBridge.freeSchedulerInvocations.quantity,
  };
}

type Row = [item: string, label: string, unit: string, tiers: readonly Tier[], pool?: FreePool];
const rule = ([item, label, unit, tiers, pool]: Row): Rule => ({ item, label, unit, tiers, pool });

/**
 * Every line item in the order lines are printed. The order also decides which item draws on
 * a shared pool first: x86 duration before Arm, standard SQS before FIFO (AWS does not say).
 */
export function rulesFor(p: PriceTable): Rule[] {
  const { lambda: l, apiGateway: api, sns, dynamodb: ddb, stepFunctions: sfn } = p;
  const rows: Row[] = [
    ['lambda.requests', 'Lambda requests', 'requests', flat(l.requests), 'lambdaRequests'],
    [
      'lambda.duration.x86_64',
      'Lambda duration (x86)',
      'GB-s',
      l.duration.x86_64,
      'lambdaGbSeconds',
    ],
    ['lambda.duration.arm64', 'Lambda duration (Arm)', 'GB-s', l.duration.arm64, 'lambdaGbSeconds'],
    [
      'lambda.provisioned.x86_64',
      'Provisioned concurrency (x86)',
      'GB-s',
      flat(l.provisionedConcurrency.x86_64),
    ],
    [
      'lambda.provisioned.arm64',
      'Provisioned concurrency (Arm)',
      'GB-s',
      flat(l.provisionedConcurrency.arm64),
    ],
    [
      'lambda.provisionedDuration.x86_64',
      'Duration while provisioned (x86)',
      'GB-s',
      flat(l.provisionedDuration.x86_64),
    ],
    [
      'lambda.provisionedDuration.arm64',
      'Duration while provisioned (Arm)',
      'GB-s',
      flat(l.provisionedDuration.arm64),
    ],
    ['lambda.ephemeral', 'Ephemeral storage above 512 MB', 'GB-s', flat(l.ephemeralStorage)],
    ['lambda.snapStartCache', 'SnapStart cache', 'GB-s', flat(l.snapStartCache)],
    ['lambda.snapStartRestore', 'SnapStart restores', 'GB restored', flat(l.snapStartRestore)],
    ['apigw.rest', 'REST API requests', 'requests', api.rest],
    ['apigw.http', 'HTTP API requests', 'metered requests', api.http],
    ['apigw.dataTransferOut', 'API data transfer out', 'GB', flat(api.dataTransferOut)],
    ['sqs.standard', 'SQS standard requests', 'requests', flat(p.sqs.standard), 'sqsRequests'],
    ['sqs.fifo', 'SQS FIFO requests', 'requests', flat(p.sqs.fifo), 'sqsRequests'],
    ['sns.publishes', 'SNS publishes', 'publishes (64 KB)', flat(sns.publishes), 'snsPublishes'],
    [
      'sns.httpDeliveries',
      'SNS HTTP/S deliveries',
      'deliveries',
      flat(sns.httpDeliveries),
      'snsHttpDeliveries',
    ],
    ['dynamodb.writes', 'DynamoDB writes', 'WRU', flat(ddb.writeRequestUnits)],
    ['dynamodb.reads', 'DynamoDB reads', 'RRU', flat(ddb.readRequestUnits)],
    ['dynamodb.storage', 'DynamoDB storage', 'GB-months', flat(ddb.storage), 'dynamodbStorage'],
    ['s3.put', 'S3 PUT requests', 'requests', flat(p.s3.put)],
    ['s3.get', 'S3 GET requests', 'requests', flat(p.s3.get)],
    ['s3.storage', 'S3 Standard storage', 'GB-months', p.s3.storage],
    [
      'eventbridge.events',
      'EventBridge custom events',
      'events (64 KB)',
      flat(p.eventBridge.customEvents),
    ],
    [
      'eventbridge.scheduler',
      'EventBridge Scheduler invocations',
      'invocations',
      flat(p.eventBridge.scheduler),
      'schedulerInvocations',
    ],
    [
      'sfn.transitions',
      'Step Functions state transitions',
      'transitions',
      flat(sfn.transitions),
      'sfnTransitions',
    ],
    ['sfn.expressRequests', 'Express workflow requests', 'requests', flat(sfn.expressRequests)],
    ['sfn.expressDuration', 'Express workflow duration', 'GB-hours', sfn.expressDuration],
    ['kinesis.shardHours', 'Kinesis shard-hours', 'shard-hours', flat(p.kinesis.shardHour)],
    [
      'kinesis.putUnits',
      'Kinesis PUT payload units',
      'units (25 KB)',
      flat(p.kinesis.putPayloadUnits),
    ],
  ];
  return [...rows.map(rule), ...ALB_RULES, ...fargateRules(p)];
}
