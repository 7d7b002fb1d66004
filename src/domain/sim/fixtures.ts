/**
 * Scenarios built in code, for tests, the bench and `simulateTextbook`: a compact way to write
 * a scenario (nodes, edges, traffic) that goes through `parseScenario` like any other.
 */
import type { Settings, Traffic } from '../diagram/index.ts';
import {
  DEFAULT_SETTINGS,
  DEFAULT_TRAFFIC,
  parseScenario,
  type Scenario,
} from '../diagram/index.ts';
import type { ConfigValue } from '../catalog/index.ts';

export interface ScenarioSpec {
  name?: string;
  /** [id, kind, config] */
  nodes: [string, string, Record<string, ConfigValue>?][];
  /** [from, to, variant] */
  edges: [string, string, string?][];
  traffic?: Record<string, Partial<Traffic>>;
  settings?: Partial<Settings>;
}

/** Builds and validates a scenario; throws with the validation errors if it is not valid. */
export function buildScenario(spec: ScenarioSpec): Scenario {
  const doc = {
    version: 1,
    name: spec.name ?? 'Test scenario',
    description: '',
    nodes: spec.nodes.map(([id, kind, config], i) => ({
      id,
      kind,
      label: id,
      position: { x: i * 200, y: 0 },
      config: config ?? {},
    })),
    edges: spec.edges.map(([from, to, variant]) => ({
      id: `${from}-${to}`,
      from,
      to,
      ...(variant ? { variant } : {}),
    })),
    traffic: Object.fromEntries(
      Object.entries(spec.traffic ?? {}).map(([id, t]) => [id, { ...DEFAULT_TRAFFIC, ...t }]),
    ),
    settings: { ...DEFAULT_SETTINGS, ...spec.settings },
  };
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new Error(`Invalid scenario: ${parsed.errors.join(' ')}`);
  return parsed.scenario;
}

export interface TextbookParams {
  /** Requests per second (Poisson). */
  arrivalRate: number;
  warmMeanMs: number;
  coldMeanMs: number;
  /** Fixed expiration threshold after an instance's last request. */
  keepAliveMs: number;
  /** Concurrency limit; arrivals beyond it are rejected. Default 1,000. */
  maxConcurrency?: number;
  seed?: number;
}

/** The textbook model as a scenario: HTTP clients → function URL → one function. */
export function textbookScenario(p: TextbookParams): Scenario {
  return buildScenario({
    name: 'Textbook model',
    nodes: [
      ['clients', 'http-clients'],
      [
        'fn',
        'lambda',
        {
          durationModel: 'exponential',
          warmMeanMs: p.warmMeanMs,
          coldMeanMs: p.coldMeanMs,
          timeoutSec: 900,
        },
      ],
    ],
    edges: [['clients', 'fn', 'function-url']],
    traffic: { clients: { pattern: 'steady', ratePerSec: p.arrivalRate } },
    settings: {
      seed: p.seed ?? 1,
      keepAliveSec: p.keepAliveMs / 1000,
      accountConcurrency: Math.min(100_000, Math.max(1, Math.round(p.maxConcurrency ?? 1000))),
    },
  });
}

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
