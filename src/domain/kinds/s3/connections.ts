/** The connections that start from s3, with what each means to a learner. */
import { asyncInvoke, rule, v, type ConnectionRule } from '../../catalog/connection-rule.ts';

export const s3Connections: readonly ConnectionRule[] = [
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
];
