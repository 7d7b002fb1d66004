/** The connections that start from sqs, with what each means to a learner. */
import { rule, v, type ConnectionRule } from '../../catalog/connection-rule.ts';

export const sqsConnections: readonly ConnectionRule[] = [
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
    'sqs',
    'fargate',
    v(
      'workers',
      'Worker tasks poll the queue',
      'poll',
      'The service’s tasks receive messages themselves (ReceiveMessage) whenever they have a free slot and delete each one when done; a message not deleted in time becomes visible again.',
    ),
  ),
];
