/**
 * One key order for every scenario written out (Export files, autosave), whatever order the
 * object was built in: exported files diff cleanly and equal scenarios serialise equally.
 */
import { getKind, isKindId } from '../catalog/index.ts';
import { DEFAULT_SETTINGS, DEFAULT_TRAFFIC, type Scenario } from '../diagram/index.ts';

/**
 * A copy of the scenario with keys in the canonical order: document fields as in the schema,
 * config keys in catalog field order, traffic in node order.
 *
 * @example
 * JSON.stringify(canonicalScenario(s)); // '{"version":1,"name":…,"description":…,"nodes":[{"id":…'
 */
export function canonicalScenario(scenario: Scenario): Scenario {
  const nodeOrder = new Map(scenario.nodes.map((n, i) => [n.id, i]));
  const trafficIds = Object.keys(scenario.traffic).sort(
    (a, b) => (nodeOrder.get(a) ?? Infinity) - (nodeOrder.get(b) ?? Infinity) || compare(a, b),
  );
  return {
    version: scenario.version,
    name: scenario.name,
    description: scenario.description,
    nodes: scenario.nodes.map((node) => ({
      id: node.id,
      kind: node.kind,
      label: node.label,
      position: { x: node.position.x, y: node.position.y },
      config: ordered(
        node.config,
        isKindId(node.kind) ? getKind(node.kind).fields.map((f) => f.key) : [],
      ),
    })),
    edges: scenario.edges.map((edge) => {
      const { id, from, to, variant } = edge;
      return variant === undefined ? { id, from, to } : { id, from, to, variant };
    }),
    traffic: Object.fromEntries(
      trafficIds.map((id) => [
        id,
        ordered(scenario.traffic[id] ?? {}, Object.keys(DEFAULT_TRAFFIC)),
      ]),
    ) as Scenario['traffic'],
    settings: ordered(scenario.settings, Object.keys(DEFAULT_SETTINGS)) as Scenario['settings'],
  };
}

/** Known keys first, in the given order; any others after them, sorted. */
function ordered<T extends object>(record: T, knownOrder: readonly string[]): T {
  const present = Object.keys(record);
  const known = knownOrder.filter((k) => present.includes(k));
  const rest = present.filter((k) => !knownOrder.includes(k)).sort(compare);
  // fromEntries keeps every key an own data property (a "__proto__" key stays plain data).
  return Object.fromEntries(
    [...known, ...rest].map((k) => [k, (record as Record<string, unknown>)[k]]),
  ) as T;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
