/**
 * The connections that start from fargate: the same SDK calls a Lambda function makes, with
 * the same variant ids so the services downstream read them alike.
 */
import { rule, v, type ConnectionRule } from '../../catalog/connection-rule.ts';

export const fargateConnections: readonly ConnectionRule[] = [
  rule(
    'fargate',
    'dynamodb',
    v(
      'write',
      'SDK call: write item',
      'sdk',
      'The task writes an item (PutItem) and waits for it, while the request holds its slot.',
    ),
    v('read', 'SDK call: read item', 'sdk', 'The task reads an item (GetItem) and waits for it.'),
  ),
  rule(
    'fargate',
    's3',
    v('put', 'SDK call: PutObject', 'sdk', 'The task stores an object in the bucket.'),
    v('get', 'SDK call: GetObject', 'sdk', 'The task reads an object from the bucket.'),
  ),
  rule(
    'fargate',
    'sns',
    v('publish', 'SDK call: Publish', 'sdk', 'The task publishes a message to the topic.'),
  ),
  rule(
    'fargate',
    'sqs',
    v('send', 'SDK call: SendMessage', 'sdk', 'The task puts a message on the queue.'),
  ),
  rule(
    'fargate',
    'eventbridge',
    v('put-events', 'SDK call: PutEvents', 'sdk', 'The task sends an event to the bus.'),
  ),
];
