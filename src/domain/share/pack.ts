/**
 * Scenario → packed "s1" form (see format-s1.ts): short keys, tuples, no default values,
 * integer positions. Only what differs from the defaults travels in a link.
 */
import { defaultConfigFor, isKindId, type Config } from '../catalog/index.ts';
import { DEFAULT_SETTINGS, DEFAULT_TRAFFIC, type Scenario } from '../diagram/index.ts';
import { S1_KINDS, SETTINGS_KEYS, TRAFFIC_KEYS, defaultEdgeId } from './format-s1.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The packed form of a scenario, ready for JSON.stringify.
 *
 * @example
 * packScenario(emptyScenario('Demo')); // [1, 'Demo'] — nothing else differs from the defaults
 */
export function packScenario(scenario: Scenario): Json[] {
  const indexOf = new Map(scenario.nodes.map((n, i) => [n.id, i]));
  const ref = (id: string): number | string => indexOf.get(id) ?? id;

  const nodes = scenario.nodes.map((node): Json[] => {
    const kind = S1_KINDS.indexOf(node.kind);
    const packed: Json[] = [
      kind >= 0 ? kind : node.kind,
      node.label,
      roundCoordinate(node.position.x),
      roundCoordinate(node.position.y),
      nonDefaultConfig(node.kind, node.config),
      node.id === node.label ? 0 : node.id,
    ];
    return trimEmptyTail(packed, 1);
  });

  const edges = scenario.edges.map((edge): Json[] =>
    trimEmptyTail(
      [
        ref(edge.from),
        ref(edge.to),
        edge.variant ?? 0,
        edge.id === defaultEdgeId(edge.from, edge.to) ? 0 : edge.id,
      ],
      2,
    ),
  );

  const traffic = Object.entries(scenario.traffic).map(([id, t]): Json[] =>
    trimEmptyTail([ref(id), differences(t, DEFAULT_TRAFFIC, TRAFFIC_KEYS)], 1),
  );

  return trimEmptyTail(
    [
      scenario.version,
      scenario.name,
      nodes,
      edges,
      traffic,
      differences(scenario.settings, DEFAULT_SETTINGS, SETTINGS_KEYS),
      scenario.description,
    ],
    1,
  );
}

/** Sub-pixel positions mean nothing on the canvas; `|| 0` turns -0 into 0. */
export function roundCoordinate(value: number): number {
  return Math.round(value) || 0;
}

function nonDefaultConfig(kind: string, config: Config): { [key: string]: Json } {
  // An unknown kind (only in invalid documents) keeps its whole config, so the error survives.
  const defaults: Config = isKindId(kind) ? defaultConfigFor(kind) : {};
  // fromEntries defines own properties: even a stray "__proto__" key stays data, not a prototype.
  return Object.fromEntries(
    Object.entries(config).filter(
      ([key, value]) => !Object.hasOwn(defaults, key) || defaults[key] !== value,
    ),
  );
}

function differences<T extends object>(
  values: T,
  defaults: T,
  shortKeys: Readonly<Record<string, keyof T>>,
): { [key: string]: Json } {
  return Object.fromEntries(
    Object.entries(shortKeys)
      .filter(([, key]) => values[key] !== defaults[key])
      .map(([short, key]) => [short, values[key] as Json]),
  );
}

/**
 * Optional parts (after the first `required`) that are empty — 0, '', [] or {} — become 0,
 * and trailing ones are dropped; the unpacker restores each slot's empty value.
 */
function trimEmptyTail(parts: Json[], required: number): Json[] {
  let end = parts.length;
  while (end > required && isEmpty(parts[end - 1])) end--;
  return parts.slice(0, end).map((p, i) => (i >= required && isEmpty(p) ? 0 : p));
}

function isEmpty(part: Json | undefined): boolean {
  if (part === 0 || part === '' || part === undefined) return true;
  if (Array.isArray(part)) return part.length === 0;
  return typeof part === 'object' && part !== null && Object.keys(part).length === 0;
}
