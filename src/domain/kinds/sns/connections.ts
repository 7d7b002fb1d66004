/** The connections that start from sns, with what each means to a learner. */
import { asyncInvoke, rule, v, type ConnectionRule } from '../../catalog/connection-rule.ts';

export const snsConnections: readonly ConnectionRule[] = [
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
];
