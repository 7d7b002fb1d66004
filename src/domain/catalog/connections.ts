/**
 * The connection rule table: which edges exist, what each stands for, and — for every pair
 * that does not exist — a reason a learner understands.
 */
import type { InvocationModel, KindId } from './types.ts';
import { getKind } from './catalog.ts';

export interface ConnectionVariant {
  /** Stable id stored on the edge when a pair has more than one meaning. */
  id: string;
  label: string;
  model: InvocationModel;
  /** One sentence on what happens along this edge. */
  meaning: string;
}

export interface ConnectionRule {
  from: KindId;
  to: KindId;
  variants: readonly [ConnectionVariant, ...ConnectionVariant[]];
}

const v = (
  id: string,
  label: string,
  model: InvocationModel,
  meaning: string,
): ConnectionVariant => ({
  id,
  label,
  model,
  meaning,
});

const rule = (
  from: KindId,
  to: KindId,
  ...variants: [ConnectionVariant, ...ConnectionVariant[]]
) => ({
  from,
  to,
  variants,
});

/** `what` is a full sentence about the source; the rest explains Lambda's side. */
const asyncInvoke = (what: string) =>
  v(
    'invoke',
    'Asynchronous invoke',
    'async',
    `${what} Lambda puts the event in its internal queue, retries failures and can send what keeps failing to a destination.`,
  );

export const CONNECTION_RULES: readonly ConnectionRule[] = [
  rule(
    'http-clients',
    'api-gateway',
    v('request', 'HTTP request', 'sync', 'Clients send HTTP requests and wait for the response.'),
  ),
  rule(
    'http-clients',
    'lambda',
    v(
      'function-url',
      'Function URL',
      'sync',
      'Clients call the function’s own HTTPS URL and wait; a throttle comes back as HTTP 429.',
    ),
  ),
  rule(
    'file-upload',
    's3',
    v(
      'put-object',
      'PutObject',
      'sdk',
      'Each upload is a PUT request that stores one object in the bucket.',
    ),
  ),
  rule(
    'schedule',
    'lambda',
    v(
      'invoke',
      'Scheduled invoke',
      'async',
      'EventBridge Scheduler invokes the function asynchronously each time the schedule fires.',
    ),
  ),
  rule(
    'schedule',
    'step-functions',
    v(
      'start',
      'Start execution',
      'async',
      'Each time the schedule fires, a workflow execution starts.',
    ),
  ),
  rule(
    'schedule',
    'sqs',
    v(
      'send',
      'Send message',
      'sdk',
      'Each time the schedule fires, a message is put on the queue.',
    ),
  ),
  rule(
    'schedule',
    'sns',
    v(
      'publish',
      'Publish',
      'sdk',
      'Each time the schedule fires, a message is published to the topic.',
    ),
  ),
  rule(
    'custom-event',
    'eventbridge',
    v('put-events', 'PutEvents', 'sdk', 'The application sends its events to the bus.'),
  ),
  rule(
    'custom-event',
    'sns',
    v('publish', 'Publish', 'sdk', 'The application publishes each event to the topic.'),
  ),
  rule(
    'custom-event',
    'sqs',
    v('send', 'Send message', 'sdk', 'The application puts each event on the queue.'),
  ),
  rule(
    'custom-event',
    'kinesis',
    v(
      'put-record',
      'PutRecord',
      'sdk',
      'Each event is written as a record to one shard of the stream.',
    ),
  ),
  rule(
    'custom-event',
    'lambda',
    asyncInvoke('The application invokes the function and does not wait for it.'),
  ),
  rule(
    'api-gateway',
    'lambda',
    v(
      'proxy',
      'Lambda proxy integration',
      'sync',
      'API Gateway invokes the function synchronously and waits up to 29 s; a throttle becomes HTTP 429 (502/503 with some settings).',
    ),
  ),
  rule(
    'api-gateway',
    'sqs',
    v(
      'send',
      'Direct integration: SendMessage',
      'sync',
      'API Gateway puts the request body on the queue itself — no function needed — and answers once SQS has stored it.',
    ),
  ),
  rule(
    'api-gateway',
    'dynamodb',
    v(
      'put-item',
      'Direct integration: PutItem',
      'sync',
      'API Gateway writes the item to the table itself, without a function.',
    ),
  ),
  rule(
    'api-gateway',
    'sns',
    v(
      'publish',
      'Direct integration: Publish',
      'sync',
      'API Gateway publishes the request to the topic itself.',
    ),
  ),
  rule(
    'api-gateway',
    'eventbridge',
    v(
      'put-events',
      'Direct integration: PutEvents',
      'sync',
      'API Gateway sends the request as an event to the bus.',
    ),
  ),
  rule(
    'api-gateway',
    'kinesis',
    v(
      'put-record',
      'Direct integration: PutRecord',
      'sync',
      'API Gateway writes the request to the stream as a record.',
    ),
  ),
  rule(
    'api-gateway',
    'step-functions',
    v(
      'start',
      'Direct integration: StartExecution',
      'sync',
      'API Gateway starts a workflow execution.',
    ),
  ),
  rule(
    's3',
    'lambda',
    asyncInvoke('S3 sends an event notification for each new object and does not wait.'),
  ),
  rule(
    's3',
    'sqs',
    v(
      'notify',
      'Event notification',
      'async',
      'S3 puts a notification message on the queue for each new object.',
    ),
  ),
  rule(
    's3',
    'sns',
    v(
      'notify',
      'Event notification',
      'async',
      'S3 publishes a notification to the topic for each new object.',
    ),
  ),
  rule(
    's3',
    'eventbridge',
    v(
      'notify',
      'Event to EventBridge',
      'async',
      'S3 sends object events to the default event bus, where rules match them.',
    ),
  ),
  rule(
    'sns',
    'lambda',
    asyncInvoke('SNS delivers each message to the subscribed function and does not wait.'),
  ),
  rule(
    'sns',
    'sqs',
    v('subscribe', 'Subscription', 'async', 'SNS delivers a copy of each message into the queue.'),
  ),
  rule(
    'sqs',
    'lambda',
    v(
      'poll',
      'Event source mapping',
      'poll',
      'Lambda pollers read the queue in batches and invoke the function; a failed batch becomes visible again and is retried.',
    ),
  ),
  rule(
    'sqs',
    'sqs',
    v(
      'dlq',
      'Dead-letter queue (redrive)',
      'async',
      'Messages received more than "Max receives" times move to this queue.',
    ),
  ),
  rule(
    'dynamodb',
    'lambda',
    v(
      'stream',
      'Stream event source mapping',
      'poll',
      'Lambda reads the table’s stream shard by shard, in order; a failing batch blocks its shard until it succeeds or expires.',
    ),
  ),
  rule(
    'dynamodb',
    'kinesis',
    v(
      'stream',
      'Kinesis streaming destination',
      'async',
      'The table copies every change into the Kinesis stream.',
    ),
  ),
  rule(
    'kinesis',
    'lambda',
    v(
      'poll',
      'Event source mapping',
      'poll',
      'Lambda reads each shard in order, one batch at a time; a failing batch blocks its shard.',
    ),
  ),
  rule(
    'eventbridge',
    'lambda',
    asyncInvoke('The rule sends each matching event to the function and does not wait.'),
  ),
  rule(
    'eventbridge',
    'sns',
    v('target', 'Rule target', 'async', 'Matching events are published to the topic.'),
  ),
  rule(
    'eventbridge',
    'sqs',
    v('target', 'Rule target', 'async', 'Matching events are put on the queue.'),
  ),
  rule(
    'eventbridge',
    'step-functions',
    v('target', 'Rule target', 'async', 'Matching events start a workflow execution.'),
  ),
  rule(
    'eventbridge',
    'kinesis',
    v('target', 'Rule target', 'async', 'Matching events are written to the stream.'),
  ),
  rule(
    'step-functions',
    'lambda',
    v(
      'task',
      'Task state',
      'sync',
      'The workflow invokes the function as one step and waits for its result; tasks run in sequence.',
    ),
  ),
  rule(
    'step-functions',
    'dynamodb',
    v(
      'task',
      'SDK integration task',
      'sync',
      'A workflow step reads or writes the table directly.',
    ),
  ),
  rule(
    'step-functions',
    'sns',
    v('task', 'SDK integration task', 'sync', 'A workflow step publishes to the topic.'),
  ),
  rule(
    'step-functions',
    'sqs',
    v('task', 'SDK integration task', 'sync', 'A workflow step sends a message to the queue.'),
  ),
  rule(
    'lambda',
    'dynamodb',
    v(
      'write',
      'SDK call: write item',
      'sdk',
      'The function writes an item (PutItem) and waits for it: one write request unit per KB.',
    ),
    v(
      'read',
      'SDK call: read item',
      'sdk',
      'The function reads an item (GetItem) and waits for it: one read request unit per 4 KB (strong).',
    ),
  ),
  rule(
    'lambda',
    's3',
    v(
      'put',
      'SDK call: PutObject',
      'sdk',
      'The function stores an object in the bucket (e.g. a thumbnail).',
    ),
    v('get', 'SDK call: GetObject', 'sdk', 'The function reads an object from the bucket.'),
  ),
  rule(
    'lambda',
    'sns',
    v('publish', 'SDK call: Publish', 'sdk', 'The function publishes a message to the topic.'),
    v(
      'on-failure',
      'On-failure destination',
      'async',
      'Asynchronous invocations that failed every retry are sent here.',
    ),
  ),
  rule(
    'lambda',
    'sqs',
    v('send', 'SDK call: SendMessage', 'sdk', 'The function puts a message on the queue.'),
    v(
      'on-failure',
      'On-failure destination',
      'async',
      'Asynchronous invocations that failed every retry are sent here (like a dead-letter queue).',
    ),
  ),
  rule(
    'lambda',
    'eventbridge',
    v('put-events', 'SDK call: PutEvents', 'sdk', 'The function sends an event to the bus.'),
    v(
      'on-failure',
      'On-failure destination',
      'async',
      'Asynchronous invocations that failed every retry are sent here.',
    ),
  ),
  rule(
    'lambda',
    'kinesis',
    v('put-record', 'SDK call: PutRecord', 'sdk', 'The function writes a record to the stream.'),
  ),
  rule(
    'lambda',
    'step-functions',
    v(
      'start',
      'SDK call: StartExecution',
      'sdk',
      'The function starts a workflow execution and does not wait for it to finish.',
    ),
  ),
  rule(
    'lambda',
    'lambda',
    v(
      'invoke-async',
      'Asynchronous invoke',
      'async',
      'The function invokes another one and moves on; Lambda queues and retries the event.',
    ),
    v(
      'invoke-sync',
      'Synchronous invoke',
      'sync',
      'The function invokes another one and waits for it — paying for both while it waits.',
    ),
    v(
      'on-failure',
      'On-failure destination',
      'async',
      'Asynchronous invocations that failed every retry go to this function.',
    ),
  ),
];

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
    return 'HTTP clients need an HTTP endpoint: connect them to Amazon API Gateway (or straight to a Lambda function URL).';
  }
  if (from === 'file-upload')
    return 'Uploads land in a bucket: connect File upload to Amazon S3 first.';
  if (from === 'schedule') {
    return `A schedule can start a Lambda function, a Step Functions workflow, or send to SQS or SNS — not ${target.label}.`;
  }
  if (from === 'custom-event') {
    return `Applications send their events to EventBridge, SNS, SQS, Kinesis or straight to a Lambda function — ${target.label} needs a function in between.`;
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
