/**
 * Scenarios built in code, for `simulateTextbook` and tests: a compact way to write
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
