/**
 * The connection rule table: which edges exist, what each stands for, and — for every pair
 * that does not exist — a reason a learner understands.
 */
import type { KindId } from './types.ts';
import { CONNECTION_RULES, getKind } from './catalog.ts';
import type { ConnectionRule, ConnectionVariant } from './connection-rule.ts';

export type { ConnectionRule, ConnectionVariant } from './connection-rule.ts';
export { CONNECTION_RULES };

const RULES_BY_PAIR = new Map(CONNECTION_RULES.map((r) => [`${r.from}>${r.to}`, r]));

export function findRule(from: KindId, to: KindId): ConnectionRule | undefined {
  return RULES_BY_PAIR.get(`${from}>${to}`);
}

/** Hand-written reasons for the mistakes learners make most; other pairs get a general one. */
const SPECIFIC_REASONS: Partial<Record<`${KindId}>${KindId}`, string>> = {
  's3>dynamodb':
    'S3 cannot write to a DynamoDB table by itself — put a Lambda function between them.',
  's3>s3':
    'A bucket cannot copy objects into another bucket on its own here — put a Lambda function between them (or use S3 replication, which this explorer does not model).',
  'sqs>sns':
    'SQS does not push messages anywhere: something must poll the queue. Put a Lambda function after the queue and let it publish.',
  'sqs>dynamodb':
    'SQS does not push messages anywhere: a Lambda function must poll the queue and write to the table.',
  'sqs>s3':
    'SQS does not push messages anywhere: a Lambda function must poll the queue and write to the bucket.',
  'dynamodb>dynamodb':
    'A table cannot write into another table by itself — turn on its stream and put a Lambda function between them.',
  'dynamodb>sqs':
    'A table does not send to queues directly — turn on its stream and put a Lambda function (or EventBridge Pipes) between them.',
  'dynamodb>sns':
    'A table does not publish to topics directly — turn on its stream and put a Lambda function between them.',
  'http-clients>s3':
    'In this explorer HTTP clients call an API: connect them to API Gateway. (Browsers can upload to S3 with a presigned URL — use "File upload" for that.)',
  'sns>dynamodb':
    'SNS delivers to subscribers such as queues and functions, not to tables — put a Lambda function between them.',
  'sns>sns':
    'One SNS topic cannot subscribe to another — subscribe an SQS queue or a Lambda function instead.',
  'api-gateway>api-gateway':
    'An API calling another API is not modelled here — connect API Gateway to the function or service that does the work.',
  'api-gateway>s3':
    'Serving files through API Gateway is not modelled here — use a Lambda function, or File upload for uploads.',
  'kinesis>dynamodb':
    'A stream does not write into a table by itself — put a Lambda function after the stream.',
  'kinesis>sqs':
    'A stream does not push into a queue by itself — put a Lambda function after the stream.',
  'step-functions>step-functions':
    'Nested Step Functions workflows are not modelled here — call the Lambda functions directly from one workflow.',
  'http-clients>fargate':
    'Tasks have no public entry point of their own here: put an Application Load Balancer in front of the AWS Fargate service.',
  'api-gateway>fargate':
    'API Gateway reaches Fargate tasks through a load balancer: connect it to an Application Load Balancer (a VPC link), and the load balancer to AWS Fargate.',
  'alb>alb':
    'A load balancer does not forward to another load balancer here — point it at the AWS Fargate service or a Lambda function.',
  'fargate>lambda':
    'Calling a Lambda function from a task is not modelled here — connect AWS Fargate to the services it writes to (DynamoDB, S3, SNS, SQS, EventBridge).',
  'lambda>fargate':
    'A Lambda function does not call tasks directly: put a queue (SQS) between them, or call the service through its Application Load Balancer.',
  'fargate>fargate':
    'AWS Fargate services calling each other is not modelled here — connect them through a queue (SQS) instead.',
};

export type ConnectionCheck = { ok: true; rule: ConnectionRule } | { ok: false; reason: string };

/** Is `from → to` a connection that exists on AWS? If not, says why in learner's words. */
export function checkConnection(from: KindId, to: KindId): ConnectionCheck {
  const found = findRule(from, to);
  if (found) return { ok: true, rule: found };
  return { ok: false, reason: reasonForMissing(from, to) };
}

function reasonForMissing(from: KindId, to: KindId): string {
  const specific = SPECIFIC_REASONS[`${from}>${to}`];
  if (specific) return specific;
  const source = getKind(from);
  const target = getKind(to);
  if (target.group === 'event') {
    return `${target.label} is where work comes from; nothing sends to it. Draw the connection starting from ${target.label} instead.`;
  }
  if (from === 'http-clients') {
    return 'HTTP clients need an HTTP endpoint: connect them to Amazon API Gateway, an Application Load Balancer, or straight to a Lambda function URL.';
  }
  if (from === 'file-upload')
    return 'Uploads land in a bucket: connect File upload to Amazon S3 first.';
  if (from === 'schedule') {
    return `A schedule can start a Lambda function, a Step Functions workflow, or send to SQS or SNS — not ${target.label}.`;
  }
  if (from === 'custom-event') {
    return `Applications send their events to EventBridge, SNS, SQS, Kinesis or straight to a Lambda function — ${target.label} needs a function in between.`;
  }
  if (to === 'fargate') {
    return `${source.label} cannot hand work to AWS Fargate tasks: put an SQS queue in front of the service (workers), or an Application Load Balancer (HTTP).`;
  }
  if (from === 'fargate') {
    return `Calls from a task to ${target.label} are not modelled here: AWS Fargate can call DynamoDB, S3, SNS, SQS and EventBridge.`;
  }
  if (from === 'alb') {
    return `A load balancer only forwards HTTP requests to its targets — AWS Fargate tasks or a Lambda function — not to ${target.label}.`;
  }
  if (to === 'alb') {
    return `${source.label} cannot send to a load balancer: only HTTP clients and API Gateway (an HTTP API, through a VPC link) call an Application Load Balancer.`;
  }
  if (source.group === 'service' && target.group === 'service') {
    return `${source.label} cannot send to ${target.label} by itself — put a Lambda function between them.`;
  }
  if (to === 'lambda') {
    return `${source.label} cannot invoke a Lambda function directly.`;
  }
  return `${source.label} → ${target.label} is not a connection AWS offers.`;
}

export function defaultVariant(from: KindId, to: KindId): ConnectionVariant | undefined {
  return findRule(from, to)?.variants[0];
}

export function findVariant(
  from: KindId,
  to: KindId,
  variantId: string | undefined,
): ConnectionVariant | undefined {
  const found = findRule(from, to);
  if (!found) return undefined;
  return found.variants.find((x) => x.id === variantId) ?? found.variants[0];
}
