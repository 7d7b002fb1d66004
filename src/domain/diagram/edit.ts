/**
 * Edits of the scenario as pure functions (old document in, new document out). The store
 * wraps them with undo history; tests call them directly.
 */
import {
  checkConnection,
  defaultConfigFor,
  getKind,
  validateConfig,
  type ConfigValue,
  type FieldProblem,
  type KindId,
} from '../catalog/index.ts';
import { MAX_NODES, type Scenario, type ScenarioEdge, type ScenarioNode } from './scenario.ts';
import { DEFAULT_TRAFFIC, trafficSchema, type Traffic } from './traffic.ts';

export interface Position {
  x: number;
  y: number;
}

function nextId(prefix: string, taken: Iterable<string>): string {
  let max = 0;
  for (const id of taken) {
    const m = new RegExp(`^${prefix}(\\d+)$`).exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}${max + 1}`;
}

/** "Lambda", then "Lambda 2", "Lambda 3"… so every new node has a distinct, readable label. */
export function uniqueLabel(scenario: Scenario, base: string): string {
  const labels = new Set(scenario.nodes.map((n) => n.label));
  if (!labels.has(base)) return base;
  for (let i = 2; ; i++) if (!labels.has(`${base} ${i}`)) return `${base} ${i}`;
}

export type EditResult = { ok: true; scenario: Scenario } | { ok: false; reason: string };

export function addNode(
  scenario: Scenario,
  kind: KindId,
  position: Position,
  label?: string,
): EditResult & { id?: string } {
  if (scenario.nodes.length >= MAX_NODES) {
    return {
      ok: false,
      reason: `A scenario can have at most ${MAX_NODES} nodes; remove some first.`,
    };
  }
  const spec = getKind(kind);
  const id = nextId(
    'n',
    scenario.nodes.map((n) => n.id),
  );
  const node: ScenarioNode = {
    id,
    kind,
    label: label ?? uniqueLabel(scenario, spec.shortLabel),
    position: { x: Math.round(position.x), y: Math.round(position.y) },
    config: defaultConfigFor(kind),
  };
  const traffic = spec.hasTraffic
    ? { ...scenario.traffic, [id]: { ...DEFAULT_TRAFFIC } }
    : scenario.traffic;
  return { ok: true, id, scenario: { ...scenario, nodes: [...scenario.nodes, node], traffic } };
}

export function connect(
  scenario: Scenario,
  from: string,
  to: string,
  variant?: string,
): EditResult & { id?: string } {
  const source = scenario.nodes.find((n) => n.id === from);
  const target = scenario.nodes.find((n) => n.id === to);
  if (!source || !target) return { ok: false, reason: 'One of these nodes no longer exists.' };
  if (from === to) return { ok: false, reason: 'A node cannot connect to itself.' };
  if (scenario.edges.some((e) => e.from === from && e.to === to)) {
    return { ok: false, reason: `${source.label} is already connected to ${target.label}.` };
  }
  const check = checkConnection(source.kind, target.kind);
  if (!check.ok) return { ok: false, reason: check.reason };
  const id = nextId(
    'e',
    scenario.edges.map((e) => e.id),
  );
  const edge: ScenarioEdge = { id, from, to };
  if (variant && variant !== check.rule.variants[0].id) edge.variant = variant;
  return { ok: true, id, scenario: { ...scenario, edges: [...scenario.edges, edge] } };
}

/** Nodes that `from` may connect to, each with the connection's meaning. */
export function validTargets(scenario: Scenario, from: string) {
  const source = scenario.nodes.find((n) => n.id === from);
  if (!source) return [];
  return scenario.nodes.flatMap((target) => {
    if (target.id === from || scenario.edges.some((e) => e.from === from && e.to === target.id))
      return [];
    const check = checkConnection(source.kind, target.kind);
    return check.ok ? [{ node: target, variant: check.rule.variants[0] }] : [];
  });
}

export function removeElements(
  scenario: Scenario,
  nodeIds: readonly string[],
  edgeIds: readonly string[] = [],
): Scenario {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  const traffic = Object.fromEntries(
    Object.entries(scenario.traffic).filter(([id]) => !nodes.has(id)),
  );
  return {
    ...scenario,
    nodes: scenario.nodes.filter((n) => !nodes.has(n.id)),
    edges: scenario.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.from) && !nodes.has(e.to)),
    traffic,
  };
}

export function moveNodes(scenario: Scenario, positions: ReadonlyMap<string, Position>): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) => {
      const p = positions.get(n.id);
      return p ? { ...n, position: { x: Math.round(p.x), y: Math.round(p.y) } } : n;
    }),
  };
}

export function renameNode(scenario: Scenario, id: string, label: string): Scenario {
  return { ...scenario, nodes: scenario.nodes.map((n) => (n.id === id ? { ...n, label } : n)) };
}

export type ConfigEdit = { ok: true; scenario: Scenario } | { ok: false; problems: FieldProblem[] };

/** Sets one config value; refused (with the limit in the message) when it is impossible. */
export function setConfigValue(
  scenario: Scenario,
  id: string,
  key: string,
  value: ConfigValue,
): ConfigEdit {
  const node = scenario.nodes.find((n) => n.id === id);
  if (!node) return { ok: false, problems: [{ key, message: 'This node no longer exists.' }] };
  const changed = { ...node.config, [key]: value };
  const adjust = getKind(node.kind).adjust;
  const result = validateConfig(node.kind, adjust ? adjust(changed, key) : changed);
  if (!result.ok) return result;
  return {
    ok: true,
    scenario: {
      ...scenario,
      nodes: scenario.nodes.map((n) => (n.id === id ? { ...n, config: result.config } : n)),
    },
  };
}

export type TrafficEdit = { ok: true; scenario: Scenario } | { ok: false; message: string };

export function setTraffic(scenario: Scenario, id: string, patch: Partial<Traffic>): TrafficEdit {
  const current = scenario.traffic[id] ?? DEFAULT_TRAFFIC;
  const parsed = trafficSchema.safeParse({ ...current, ...patch });
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? 'Invalid traffic.' };
  return {
    ok: true,
    scenario: { ...scenario, traffic: { ...scenario.traffic, [id]: parsed.data } },
  };
}

export function setEdgeVariant(scenario: Scenario, edgeId: string, variant: string): Scenario {
  return {
    ...scenario,
    edges: scenario.edges.map((e) => {
      if (e.id !== edgeId) return e;
      const { variant: _old, ...rest } = e;
      return variant ? { ...rest, variant } : rest;
    }),
  };
}

/** What copy puts on the clipboard: the chosen nodes, the edges among them and their traffic. */
export interface Fragment {
  nodes: ScenarioNode[];
  edges: ScenarioEdge[];
  traffic: Record<string, Traffic>;
}

export function extractFragment(scenario: Scenario, nodeIds: readonly string[]): Fragment {
  const ids = new Set(nodeIds);
  return {
    nodes: scenario.nodes.filter((n) => ids.has(n.id)),
    edges: scenario.edges.filter((e) => ids.has(e.from) && ids.has(e.to)),
    traffic: Object.fromEntries(Object.entries(scenario.traffic).filter(([id]) => ids.has(id))),
  };
}

/** Pastes a fragment with fresh ids, shifted by `offset`; returns the new node ids. */
export function pasteFragment(
  scenario: Scenario,
  fragment: Fragment,
  offset: Position,
): EditResult & { ids?: string[] } {
  if (scenario.nodes.length + fragment.nodes.length > MAX_NODES) {
    return { ok: false, reason: `A scenario can have at most ${MAX_NODES} nodes.` };
  }
  let next = scenario;
  const idMap = new Map<string, string>();
  for (const node of fragment.nodes) {
    const added = addNode(
      next,
      node.kind,
      { x: node.position.x + offset.x, y: node.position.y + offset.y },
      uniqueLabel(next, node.label),
    );
    if (!added.ok || !added.id) return added;
    idMap.set(node.id, added.id);
    next = {
      ...added.scenario,
      nodes: added.scenario.nodes.map((n) =>
        n.id === added.id ? { ...n, config: { ...node.config } } : n,
      ),
    };
    const traffic = fragment.traffic[node.id];
    if (traffic) next = { ...next, traffic: { ...next.traffic, [added.id]: { ...traffic } } };
  }
  for (const edge of fragment.edges) {
    const from = idMap.get(edge.from);
    const to = idMap.get(edge.to);
    if (!from || !to) continue;
    const linked = connect(next, from, to, edge.variant);
    if (linked.ok) next = linked.scenario;
  }
  return { ok: true, scenario: next, ids: [...idMap.values()] };
}
