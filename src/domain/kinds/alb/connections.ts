/** The connections that start from alb, with what each means to a learner. */
import { rule, v, type ConnectionRule } from '../../catalog/connection-rule.ts';

export const albConnections: readonly ConnectionRule[] = [
  rule(
    'alb',
    'fargate',
    v(
      'target-group',
      'Target group: the service’s tasks',
      'sync',
      'The load balancer sends each request to a healthy task, round-robin, and waits; a task that is busy queues it. No task registered → 503; no answer within the idle timeout → 504.',
    ),
  ),
  rule(
    'alb',
    'lambda',
    v(
      'lambda-target',
      'Target group: a Lambda function',
      'sync',
      'The load balancer invokes the function synchronously with the request as a JSON event and waits; bodies over 1 MB are refused (413) and responses over 1 MB become 502.',
    ),
  ),
];
