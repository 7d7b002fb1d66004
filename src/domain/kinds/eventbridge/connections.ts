/** The connections that start from eventbridge, with what each means to a learner. */
import { asyncInvoke, rule, v, type ConnectionRule } from '../../catalog/connection-rule.ts';

export const eventbridgeConnections: readonly ConnectionRule[] = [
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
];
