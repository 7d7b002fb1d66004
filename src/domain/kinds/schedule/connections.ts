/** The connections that start from schedule, with what each means to a learner. */
import { rule, v, type ConnectionRule } from '../../catalog/connection-rule.ts';

export const scheduleConnections: readonly ConnectionRule[] = [
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
];
