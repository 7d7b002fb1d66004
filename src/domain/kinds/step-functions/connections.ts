/** The connections that start from step-functions, with what each means to a learner. */
import { rule, v, type ConnectionRule } from '../../catalog/connection-rule.ts';

export const stepFunctionsConnections: readonly ConnectionRule[] = [
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
];
