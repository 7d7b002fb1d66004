/** The connections that start from http-clients, with what each means to a learner. */
import { rule, v, type ConnectionRule } from '../../catalog/connection-rule.ts';

export const httpClientsConnections: readonly ConnectionRule[] = [
  rule(
    'http-clients',
    'api-gateway',
    v('request', 'HTTP request', 'sync', 'Clients send HTTP requests and wait for the response.'),
  ),
  rule(
    'http-clients',
    'lambda',
    v(
      'function-url',
      'Function URL',
      'sync',
      'Clients call the function’s own HTTPS URL and wait; a throttle comes back as HTTP 429.',
    ),
  ),
  rule(
    'http-clients',
    'alb',
    v(
      'request',
      'HTTP request',
      'sync',
      'Clients send HTTP requests to the load balancer’s address and wait for the response.',
    ),
  ),
];
