/**
 * What a learner does in each step, as edits of the scenario (the same pure edits the editor
 * makes). Replayed in order by lessons.test.ts: after each step's edit, that step must pass.
 * Test-only: the app never imports this file.
 */
import type { ConfigValue, KindId } from '../../src/domain/catalog/index.ts';
import {
  addNode,
  connect,
  removeElements,
  setConfigValue,
  setTraffic,
  type Scenario,
  type Settings,
  type Traffic,
} from '../../src/domain/diagram/index.ts';

export type Edit = (scenario: Scenario) => Scenario;

function must<T extends { ok: boolean }>(result: T, what: string): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

const idOf = (s: Scenario, label: string) => {
  const node = s.nodes.find((n) => n.label === label);
  if (!node) throw new Error(`No node labelled ${label}`);
  return node.id;
};

const add =
  (kind: KindId, label: string, x = 0, y = 300): Edit =>
  (s) =>
    must(addNode(s, kind, { x, y }, label), `add ${label}`).scenario;

const link =
  (from: string, to: string, variant?: string): Edit =>
  (s) =>
    must(connect(s, idOf(s, from), idOf(s, to), variant), `connect ${from} → ${to}`).scenario;

const unlink =
  (from: string, to: string): Edit =>
  (s) => {
    const a = idOf(s, from);
    const b = idOf(s, to);
    return removeElements(
      s,
      [],
      s.edges.filter((e) => e.from === a && e.to === b).map((e) => e.id),
    );
  };

const remove =
  (label: string): Edit =>
  (s) =>
    removeElements(s, [idOf(s, label)]);

const config =
  (label: string, key: string, value: ConfigValue): Edit =>
  (s) =>
    must(setConfigValue(s, idOf(s, label), key, value), `set ${label}.${key}`).scenario;

const traffic =
  (label: string, patch: Partial<Traffic>): Edit =>
  (s) =>
    must(setTraffic(s, idOf(s, label), patch), `traffic of ${label}`).scenario;

const settings =
  (patch: Partial<Settings>): Edit =>
  (s) => ({ ...s, settings: { ...s.settings, ...patch } });

const all =
  (...edits: Edit[]): Edit =>
  (s) =>
    edits.reduce((acc, edit) => edit(acc), s);

export const SOLUTIONS: Record<string, Record<string, Edit>> = {
  'first-api': {
    'add-clients': add('http-clients', 'web'),
    'add-gateway': all(add('api-gateway', 'api', 260), link('web', 'api')),
    'add-function': all(add('lambda', 'handler', 520), link('api', 'handler')),
    'add-table': all(add('dynamodb', 'table', 780), link('handler', 'table')),
    'run-it': (s) => s,
  },
  'meet-the-cold-start': {
    'first-traffic': traffic('visitors', { ratePerSec: 1 }),
    burst: traffic('visitors', { pattern: 'burst', peakMultiplier: 10 }),
    quiet: all(
      traffic('visitors', { pattern: 'steady', ratePerSec: 0.002 }),
      settings({ durationSec: 10800 }),
    ),
    'race-runtimes': all(
      add('lambda', 'on-python', 780, 200),
      add('lambda', 'on-go', 780, 400),
      link('api', 'on-python'),
      link('api', 'on-go'),
      config('get-profile', 'runtime', 'java'),
      config('on-python', 'runtime', 'python'),
      config('on-go', 'runtime', 'go'),
    ),
    'heavy-package': config('get-profile', 'packageMb', 200),
  },
  'make-cold-starts-rare': {
    measure: link('visitors', 'profile', 'function-url'),
    ping: all(add('schedule', 'warm-up'), link('warm-up', 'profile')),
    provisioned: all(remove('warm-up'), config('profile', 'provisionedConcurrency', 1)),
  },
  'throttling-and-queues': {
    reserve: config('process-order', 'reservedConcurrency', 5),
    throttled: (s) => s,
    queue: all(
      add('sqs', 'orders-queue', 520, 0),
      unlink('tickets-api', 'process-order'),
      link('tickets-api', 'orders-queue'),
      link('orders-queue', 'process-order'),
    ),
    brake: config('orders-queue', 'maxConcurrency', 5),
    'one-at-a-time': config('orders-queue', 'batchSize', 1),
  },
  'fan-out': {
    subscribe: all(
      add('sqs', 'payment-queue', 780, 0),
      add('sqs', 'stock-queue', 780, 240),
      link('order-placed', 'payment-queue'),
      link('order-placed', 'stock-queue'),
    ),
    workers: all(
      add('lambda', 'charge', 1040, 0),
      add('lambda', 'reserve', 1040, 240),
      link('payment-queue', 'charge'),
      link('stock-queue', 'reserve'),
    ),
    run: (s) => s,
    break: config('charge', 'errorRate', 20),
    'dead-letters': all(
      add('sqs', 'payment-dlq', 1040, -200),
      link('payment-queue', 'payment-dlq'),
    ),
  },
  'serverless-vs-container': {
    outgrow: traffic('users', { ratePerSec: 3 }),
    'break-even': traffic('users', { ratePerSec: 1.75 }),
    graviton: all(
      config('api-handler', 'architecture', 'arm64'),
      traffic('users', { ratePerSec: 2.2 }),
    ),
  },
};
