/** The connections that start from lambda, with what each means to a learner. */
import { rule, v, type ConnectionRule } from '../../catalog/connection-rule.ts';

export const lambdaConnections: readonly ConnectionRule[] = [
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
