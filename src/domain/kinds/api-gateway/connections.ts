/** The connections that start from api-gateway, with what each means to a learner. */
import { rule, v, type ConnectionRule } from '../../catalog/connection-rule.ts';

export const apiGatewayConnections: readonly ConnectionRule[] = [
  rule(
    'api-gateway',
    'lambda',
    v(
      'proxy',
      'Lambda proxy integration',
      'sync',
      'API Gateway invokes the function synchronously and waits up to 29 s; a throttle becomes HTTP 429 (502/503 with some settings).',
    ),
  ),
  rule(
    'api-gateway',
    'sqs',
    v(
      'send',
      'Direct integration: SendMessage',
      'sync',
      'API Gateway puts the request body on the queue itself — no function needed — and answers once SQS has stored it.',
    ),
  ),
  rule(
    'api-gateway',
    'dynamodb',
    v(
      'put-item',
      'Direct integration: PutItem',
      'sync',
      'API Gateway writes the item to the table itself, without a function.',
    ),
  ),
  rule(
    'api-gateway',
    'sns',
    v(
      'publish',
      'Direct integration: Publish',
      'sync',
      'API Gateway publishes the request to the topic itself.',
    ),
  ),
  rule(
    'api-gateway',
    'eventbridge',
    v(
      'put-events',
      'Direct integration: PutEvents',
      'sync',
      'API Gateway sends the request as an event to the bus.',
    ),
  ),
  rule(
    'api-gateway',
    'kinesis',
    v(
      'put-record',
      'Direct integration: PutRecord',
      'sync',
      'API Gateway writes the request to the stream as a record.',
    ),
  ),
  rule(
    'api-gateway',
    'step-functions',
    v(
      'start',
      'Direct integration: StartExecution',
      'sync',
      'API Gateway starts a workflow execution.',
    ),
  ),
  rule(
    'api-gateway',
    'alb',
    v(
      'vpc-link',
      'Private integration (VPC link)',
      'sync',
      'An HTTP API reaches an internal load balancer through a VPC link and waits for its answer (up to 29 s); the load balancer passes the request on to its targets.',
    ),
  ),
];
