/**
 * Prepared diagrams for the check tests: small, readable, and valid (built through
 * parseScenario, so every config is complete as in the editor).
 */
import type { ConfigValue } from '../../../domain/catalog/index.ts';
import {
  DEFAULT_SETTINGS,
  DEFAULT_TRAFFIC,
  parseScenario,
  type Scenario,
  type Settings,
  type Traffic,
} from '../../../domain/diagram/index.ts';

interface Spec {
  /** [id, kind, config] */
  nodes: [string, string, Record<string, ConfigValue>?][];
  /** [from, to, variant] */
  edges?: [string, string, string?][];
  traffic?: Record<string, Partial<Traffic>>;
  settings?: Partial<Settings>;
}

export function diagram(spec: Spec): Scenario {
  const parsed = parseScenario({
    version: 1,
    name: 'Prepared diagram',
    description: '',
    nodes: spec.nodes.map(([id, kind, config], i) => ({
      id,
      kind,
      label: id,
      position: { x: i * 260, y: 0 },
      config: config ?? {},
    })),
    edges: (spec.edges ?? []).map(([from, to, variant]) => ({
      id: `${from}-${to}`,
      from,
      to,
      ...(variant ? { variant } : {}),
    })),
    traffic: Object.fromEntries(
      Object.entries(spec.traffic ?? {}).map(([id, t]) => [id, { ...DEFAULT_TRAFFIC, ...t }]),
    ),
    settings: { ...DEFAULT_SETTINGS, ...spec.settings },
  });
  if (!parsed.ok) throw new Error(parsed.errors.join(' '));
  return parsed.scenario;
}

export const EMPTY = diagram({ nodes: [] });

/** HTTP clients → API Gateway → Lambda (reserved 10) → DynamoDB, 5 requests a second. */
export const REST_API = diagram({
  nodes: [
    ['web', 'http-clients'],
    ['api', 'api-gateway'],
    ['fn', 'lambda', { reservedConcurrency: 10, architecture: 'arm64' }],
    ['table', 'dynamodb'],
  ],
  edges: [
    ['web', 'api'],
    ['api', 'fn'],
    ['fn', 'table'],
  ],
  traffic: { web: { ratePerSec: 5 } },
  settings: { durationSec: 60 },
});

/** The same parts, but API Gateway is not connected to the function and nothing is reserved. */
export const REST_API_UNWIRED = diagram({
  nodes: [
    ['web', 'http-clients'],
    ['api', 'api-gateway'],
    ['fn', 'lambda'],
    ['table', 'dynamodb'],
  ],
  edges: [
    ['web', 'api'],
    ['fn', 'table', 'read'],
  ],
  traffic: { web: { ratePerSec: 5 } },
  settings: { durationSec: 60 },
});

/**
 * API → SNS → two queues → two functions; the first queue has a dead-letter queue and its
 * function fails `errorRate` % of the time.
 */
export const fanOut = (errorRate = 0) =>
  diagram({
    nodes: [
      ['shop', 'http-clients'],
      ['api', 'api-gateway'],
      ['topic', 'sns'],
      ['qa', 'sqs'],
      ['qb', 'sqs'],
      ['fa', 'lambda', { errorRate }],
      ['fb', 'lambda'],
      ['dlq', 'sqs'],
    ],
    edges: [
      ['shop', 'api'],
      ['api', 'topic'],
      ['topic', 'qa'],
      ['topic', 'qb'],
      ['qa', 'fa'],
      ['qb', 'fb'],
      ['qa', 'dlq'],
    ],
    traffic: { shop: { ratePerSec: 2 } },
    settings: { durationSec: 60 },
  });

export const FAN_OUT = fanOut();
