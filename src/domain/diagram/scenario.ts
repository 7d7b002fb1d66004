/**
 * The scenario document (DESIGN.md, "The scenario"): what the store holds, autosave writes,
 * Export downloads, the URL carries, the worker simulates and the CLI reads.
 * Version 4 (2: a Lambda function's runtime became runtime family + package type, see
 * migration-2-lambda-runtime.ts; 3: response streaming, API caching and WebSocket APIs, see
 * migration-3-meters.ts; 4: SQS FIFO, Step Functions Retry/Catch, DynamoDB and Kinesis capacity modes, see migration-4-behaviours.ts). Every change to this shape bumps the version and adds a migration.
 */
import { z } from '../zod/index.ts';
import type { KindId } from '../kinds/ids.ts';
import { trafficSchema } from './traffic.ts';

export const SCENARIO_VERSION = 4;
export const MAX_NODES = 200;
export const MAX_EDGES = 600;
export const MAX_LABEL = 64;

/**
 * Node ids: a node imported from a template keeps the resource's CloudFormation logical ID
 * (alphanumeric, up to 255 characters). Ids were at most 40 characters before templates, so
 * every older document and link stays valid under this wider rule.
 */
export const MAX_ID = 255;

const idSchema = idWithin(MAX_ID);
/** An edge's default id is `${from}-${to}` (format-s1.ts), so it can be twice a node id. */
const edgeIdSchema = idWithin(2 * MAX_ID + 1);

function idWithin(max: number) {
  return z.string().check(
    z.minLength(1, 'An id cannot be empty.'),
    z.maxLength(max, `An id can be at most ${max} characters.`),
    z.regex(/^[A-Za-z0-9_-]+$/, 'An id may contain only letters, digits, "-" and "_".'),
    // These names would reach object prototypes when used as keys (e.g. in traffic).
    z.refine(
      (id) => !['__proto__', 'constructor', 'prototype'].includes(id),
      'This id is a reserved word.',
    ),
  );
}

const configValue = z.union([
  z.number(),
  z.string().check(z.maxLength(200)),
  z.boolean(),
  z.null(),
]);

export const nodeSchema = z.strictObject({
  id: idSchema,
  /**
   * Any string passes the schema; `parseScenario` then refuses an unknown kind with a sentence
   * that names it. A parsed scenario's kind is therefore a `KindId`.
   */
  kind: z.custom<KindId>((value) => typeof value === 'string'),
  label: z
    .string()
    .check(z.maxLength(MAX_LABEL, `A label can be at most ${MAX_LABEL} characters.`)),
  // z.number() already refuses NaN and ±Infinity.
  position: z.strictObject({
    x: z.number().check(z.gte(-1e6), z.lte(1e6)),
    y: z.number().check(z.gte(-1e6), z.lte(1e6)),
  }),
  config: z.record(
    z
      .string()
      .check(
        z.refine(
          (k) => !['__proto__', 'constructor', 'prototype'].includes(k),
          'This setting name is a reserved word.',
        ),
      ),
    configValue,
  ),
});

export const edgeSchema = z.strictObject({
  id: edgeIdSchema,
  from: idSchema,
  to: idSchema,
  /** Which meaning of the pair (see catalog connection variants); absent = the first one. */
  variant: z.optional(z.string().check(z.maxLength(40))),
});

export const settingsSchema = z.strictObject({
  seed: z.number().check(z.int('Seed must be a whole number.'), z.gte(0), z.lte(2 ** 32 - 1)),
  durationSec: z
    .number()
    .check(
      z.gte(1, 'A run lasts at least 1 s.'),
      z.lte(86_400, 'A run lasts at most one day (86,400 s).'),
    ),
  speed: z
    .number()
    .check(z.gte(0.1, 'Speed is at least 0.1×.'), z.lte(100, 'Speed is at most 100×.')),
  region: z.literal('us-east-1'),
  freeTier: z.boolean(),
  /** 1 ms since December 2020; 100 ms before — the difference is a lesson. */
  billingGranularityMs: z.union([z.literal(1), z.literal(100)]),
  /** Bill the INIT phase of on-demand functions (AWS does since 2025-08-01). */
  initBilling: z.boolean(),
  /** How long an idle environment is kept. Not published by AWS; 10 min measured (lambda-facts.md). */
  keepAliveSec: z.number().check(z.gte(0), z.lte(86_400, 'Keep-alive can be at most one day.')),
  accountConcurrency: z.number().check(z.int(), z.gte(1), z.lte(100_000)),
});

export const scenarioSchema = z.strictObject({
  version: z.literal(SCENARIO_VERSION),
  name: z.string().check(z.maxLength(120, 'A name can be at most 120 characters.')),
  description: z
    .string()
    .check(z.maxLength(2000, 'A description can be at most 2,000 characters.')),
  nodes: z
    .array(nodeSchema)
    .check(z.maxLength(MAX_NODES, `A scenario can have at most ${MAX_NODES} nodes.`)),
  edges: z
    .array(edgeSchema)
    .check(z.maxLength(MAX_EDGES, `A scenario can have at most ${MAX_EDGES} connections.`)),
  /** Per event-source node id. */
  traffic: z.record(idSchema, trafficSchema),
  settings: settingsSchema,
});

export type ScenarioNode = z.infer<typeof nodeSchema>;
export type ScenarioEdge = z.infer<typeof edgeSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;

export const DEFAULT_SETTINGS: Settings = {
  seed: 42,
  durationSec: 300,
  speed: 1,
  region: 'us-east-1',
  freeTier: false,
  billingGranularityMs: 1,
  initBilling: true,
  keepAliveSec: 600,
  accountConcurrency: 1000,
};

export function emptyScenario(name = 'Untitled scenario'): Scenario {
  return {
    version: SCENARIO_VERSION,
    name,
    description: '',
    nodes: [],
    edges: [],
    traffic: {},
    settings: { ...DEFAULT_SETTINGS },
  };
}
