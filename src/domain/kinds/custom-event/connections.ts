/** The connections that start from custom-event, with what each means to a learner. */
import { asyncInvoke, rule, v, type ConnectionRule } from '../../catalog/connection-rule.ts';

export const customEventConnections: readonly ConnectionRule[] = [
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
];
