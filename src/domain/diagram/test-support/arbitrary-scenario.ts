/**
 * Test-only: a fast-check generator of arbitrary VALID scenarios — every one passes
 * parseScenario unchanged (configs complete, cross-field rules met, edges allowed by the
 * catalog, traffic only on event sources). Reuse it for any property of the scenario.
 *
 * Values mix defaults (so "only non-defaults" code paths are exercised) with anything the
 * limits allow, and labels/names include any UTF-16 code units, lone surrogates included.
 * Ids are never "__proto__", "constructor" or "prototype" (see the share codec's report).
 */
import fc from 'fast-check';
import {
  CATALOG,
  KIND_IDS,
  checkConnection,
  type Config,
  type ConfigValue,
  type FieldSpec,
  type KindId,
} from '../../catalog/index.ts';
import { nearestTaskSize } from '../../kinds/fargate/task-sizes.ts';
import { MAX_LABEL, SCENARIO_VERSION, type Scenario, type Settings } from '../scenario.ts';
import { MAX_RATE_PER_SEC, TRAFFIC_PATTERNS, type Traffic } from '../traffic.ts';

export interface ArbitraryScenarioOptions {
  /** Most nodes in one scenario (default 14). */
  maxNodes?: number;
  /** Most characters in labels, name and description (defaults: the schema limits, description 300). */
  maxTextLength?: number;
}

/** `-0` survives no JSON round trip; a real editor never produces it. */
const noNegativeZero = (n: number) => n + 0;

/** Either the default or anything in range: defaults are common in real scenarios. */
const orDefault = <T>(fallback: T, arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(fallback), weight: 1 }, { arbitrary: arb, weight: 2 });

const number = (min: number, max: number, integer = false) =>
  integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);

const text = (maxLength: number) =>
  fc
    .oneof(fc.string({ maxLength }), fc.string({ maxLength, unit: 'binary' }))
    .map((s) => s.slice(0, maxLength));

const SCHEDULES = fc.oneof(
  fc.constantFrom(
    'rate(1 minute)',
    'rate(1 hour)',
    'rate(1 day)',
    'cron(0 2 * * ? *)',
    'cron(*/5 * ? * MON-FRI *)',
  ),
  fc
    .tuple(fc.integer({ min: 2, max: 1000 }), fc.constantFrom('minutes', 'hours', 'days'))
    .map(([n, unit]) => `rate(${n} ${unit})`),
);

function fieldValue(field: FieldSpec): fc.Arbitrary<ConfigValue> {
  switch (field.type) {
    case 'number': {
      const value = number(field.min, field.max, field.integer);
      return orDefault(field.default, field.optional ? fc.option(value, { nil: null }) : value);
    }
    case 'enum':
      return fc.constantFrom(...field.options.map((o) => o.value));
    case 'boolean':
      return fc.boolean();
    case 'text':
      return field.key === 'expression'
        ? SCHEDULES
        : orDefault(field.default, text(field.maxLength));
  }
}

/** Bends a random config until the kind's cross-field rules hold (see the catalog's crossCheck). */
function satisfyCrossChecks(kind: KindId, config: Config): Config {
  const c = { ...config };
  if (kind === 'lambda') {
    if (
      typeof c.reservedConcurrency === 'number' &&
      (c.provisionedConcurrency as number) > c.reservedConcurrency
    ) {
      c.provisionedConcurrency = c.reservedConcurrency;
    }
    if (c.packageType !== 'image' && (c.packageMb as number) > 250) c.packageMb = 250;
    if (c.durationModel === 'exponential' && (c.coldMeanMs as number) < (c.warmMeanMs as number)) {
      c.coldMeanMs = c.warmMeanMs as number;
    }
  }
  if (kind === 'sqs' && c.queueType === 'fifo' && (c.batchSize as number) > 10) c.batchSize = 10;
  if (kind === 'fargate') {
    const size = nearestTaskSize({ vcpu: Number(c.vcpu), memoryGb: c.memoryGb as number });
    c.memoryGb = size.memoryGb;
    const [min, desired, max] = [c.minTasks, c.desiredTasks, c.maxTasks] as number[];
    c.maxTasks = Math.max(min as number, desired as number, max as number);
    c.desiredTasks = Math.max(min as number, desired as number);
  }
  return c;
}

const configFor = (kind: KindId): fc.Arbitrary<Config> =>
  fc
    .record(Object.fromEntries(CATALOG[kind].fields.map((f) => [f.key, fieldValue(f)])))
    .map((config) => satisfyCrossChecks(kind, config as Config));

const ID_PREFIX = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);

const nodeDraft = (maxText: number) =>
  fc.constantFrom(...KIND_IDS).chain((kind) =>
    fc.record({
      kind: fc.constant(kind),
      prefix: ID_PREFIX,
      /** Ids equal to the label are common (and cheaper in links). */
      idIsLabel: fc.boolean(),
      label: text(Math.min(MAX_LABEL, maxText)),
      position: fc.record({
        x: fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), number(-1e6, 1e6)),
        y: fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), number(-1e6, 1e6)),
      }),
      config: configFor(kind),
    }),
  );

const traffic: fc.Arbitrary<Traffic> = fc.record({
  pattern: orDefault('steady', fc.constantFrom(...TRAFFIC_PATTERNS)),
  ratePerSec: orDefault(5, number(0, MAX_RATE_PER_SEC)),
  payloadKb: orDefault(2, number(0.01, 10240)),
  peakMultiplier: orDefault(10, number(1, 1000)),
  periodSec: orDefault(60, number(1, 86_400)),
});

const settings: fc.Arbitrary<Settings> = fc.record({
  seed: orDefault(42, fc.integer({ min: 0, max: 2 ** 32 - 1 })),
  durationSec: orDefault(300, number(1, 86_400)),
  speed: orDefault(1, number(0.1, 100)),
  region: fc.constant('us-east-1' as const),
  freeTier: fc.boolean(),
  billingGranularityMs: fc.constantFrom(1 as const, 100 as const),
  initBilling: fc.boolean(),
  keepAliveSec: orDefault(600, number(0, 86_400)),
  accountConcurrency: orDefault(1000, fc.integer({ min: 1, max: 100_000 })),
});

/**
 * Arbitrary valid scenarios.
 *
 * @example
 * fc.assert(fc.property(arbitraryScenario(), (s) => parseScenario(s).ok));
 */
export function arbitraryScenario(options: ArbitraryScenarioOptions = {}): fc.Arbitrary<Scenario> {
  const maxNodes = options.maxNodes ?? 14;
  const maxText = options.maxTextLength ?? Infinity;
  return fc
    .record({
      name: text(Math.min(120, maxText)),
      description: fc.oneof(fc.constant(''), text(Math.min(300, maxText))),
      drafts: fc.array(nodeDraft(maxText), { maxLength: maxNodes }),
      wires: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(fc.nat()), fc.option(ID_PREFIX)), {
        maxLength: maxNodes * 2,
      }),
      loads: fc.array(fc.tuple(fc.nat(), traffic), { maxLength: maxNodes }),
      settings,
    })
    .map(({ name, description, drafts, wires, loads, settings }): Scenario => {
      const used = new Set<string>();
      const nodes = drafts.map((d, i) => {
        // Generated ids end in "-<index>"; labels used as ids have no "-", so none collide.
        const id =
          d.idIsLabel && isUsableId(d.label) && !used.has(d.label) ? d.label : `${d.prefix}-${i}`;
        used.add(id);
        return { id, kind: d.kind, label: d.label, position: d.position, config: d.config };
      });
      return {
        version: SCENARIO_VERSION,
        name,
        description,
        nodes,
        edges: wireUp(nodes, wires),
        traffic: trafficFor(nodes, loads),
        settings,
      };
    });
}

type DraftNode = { id: string; kind: KindId };

/** A label can double as an id if it is a plain word (and not a name objects reserve). */
function isUsableId(label: string): boolean {
  return /^[A-Za-z]{1,40}$/.test(label) && label !== 'constructor' && label !== 'prototype';
}

function wireUp(
  nodes: readonly DraftNode[],
  wires: readonly [number, number, number | null, string | null][],
): Scenario['edges'] {
  if (nodes.length < 2) return [];
  const seen = new Set<string>();
  const ids = new Set<string>();
  const edges: Scenario['edges'] = [];
  wires.forEach(([a, b, variantPick, idPrefix], i) => {
    // Random pairs are mostly refused by the catalog, so pick the target among allowed ones.
    const from = nodes[a % nodes.length] as DraftNode;
    const targets = nodes.filter((n) => n !== from && checkConnection(from.kind, n.kind).ok);
    const to = targets[b % Math.max(1, targets.length)];
    if (!to || seen.has(`${from.id}>${to.id}`)) return;
    const check = checkConnection(from.kind, to.kind);
    if (!check.ok) return;
    seen.add(`${from.id}>${to.id}`);
    // No prefix: try "<from>-<to>", the id links carry for free (share/format-s1.ts).
    const preferred = idPrefix === null ? `${from.id}-${to.id}` : `${idPrefix}-${i}`;
    const id = preferred.length <= 40 && !ids.has(preferred) ? preferred : `edge${i}`;
    ids.add(id);
    const variant =
      variantPick === null
        ? undefined
        : check.rule.variants[variantPick % check.rule.variants.length]?.id;
    edges.push(
      variant === undefined
        ? { id, from: from.id, to: to.id }
        : { id, from: from.id, to: to.id, variant },
    );
  });
  return edges;
}

function trafficFor(
  nodes: readonly DraftNode[],
  loads: readonly [number, Traffic][],
): Scenario['traffic'] {
  const sources = nodes.filter((n) => CATALOG[n.kind].hasTraffic);
  if (sources.length === 0) return {};
  return Object.fromEntries(
    loads.map(([pick, t]) => [(sources[pick % sources.length] as DraftNode).id, t]),
  );
}
