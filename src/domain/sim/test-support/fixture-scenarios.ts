/**
 * Test-only scenarios built in code (tests and the bench's fallback when content/examples is
 * absent). Kept out of src exports: shipped code never imports a test-support file.
 */
import type { Scenario } from '../../diagram/index.ts';
import { buildScenario } from '../fixtures.ts';

/** A REST API: clients → API Gateway → function → DynamoDB (like the gallery's "rest-api"). */
export function restApiScenario(): Scenario {
  return buildScenario({
    name: 'REST API',
    nodes: [
      ['web-clients', 'http-clients'],
      ['orders-api', 'api-gateway', { apiType: 'rest' }],
      ['create-order', 'lambda', { memoryMb: 1024, timeoutSec: 10, workMs: 30 }],
      ['orders', 'dynamodb'],
    ],
    edges: [
      ['web-clients', 'orders-api'],
      ['orders-api', 'create-order'],
      ['create-order', 'orders', 'write'],
    ],
    traffic: { 'web-clients': { ratePerSec: 20, payloadKb: 1 } },
  });
}

/** Order fan-out: API → SNS → three SQS queues, each drained by its own function. */
export function orderFanoutScenario(): Scenario {
  const queue = { visibilityTimeoutSec: 60, batchSize: 10 };
  const worker = { memoryMb: 512, timeoutSec: 10, workMs: 40 };
  return buildScenario({
    name: 'Order processing fan-out',
    nodes: [
      ['shoppers', 'http-clients'],
      ['checkout-api', 'api-gateway'],
      ['order-placed', 'sns'],
      ['payment-queue', 'sqs', queue],
      ['inventory-queue', 'sqs', queue],
      ['email-queue', 'sqs', queue],
      ['charge-payment', 'lambda', { ...worker, errorRate: 1 }],
      ['reserve-stock', 'lambda', worker],
      ['send-email', 'lambda', worker],
      ['payments', 'dynamodb'],
    ],
    edges: [
      ['shoppers', 'checkout-api'],
      ['checkout-api', 'order-placed', 'publish'],
      ['order-placed', 'payment-queue'],
      ['order-placed', 'inventory-queue'],
      ['order-placed', 'email-queue'],
      ['payment-queue', 'charge-payment'],
      ['inventory-queue', 'reserve-stock'],
      ['email-queue', 'send-email'],
      ['charge-payment', 'payments', 'write'],
    ],
    traffic: { shoppers: { ratePerSec: 50, payloadKb: 2 } },
  });
}
