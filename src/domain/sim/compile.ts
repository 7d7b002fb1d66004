/**
 * Turns a validated scenario into the flat, index-based form the engine runs on: nodes and
 * edges get small integer ids, each edge knows its invocation model and hop latency.
 */
import { findVariant, type Config, type InvocationModel, type KindId } from '../catalog/index.ts';
import { KIND_IDS } from '../kinds/ids.ts';
import type { Scenario, Settings, Traffic } from '../diagram/index.ts';
import { LATENCY_MS } from './defaults.ts';

/** Kind codes: a switch over small integers is what the hot loop dispatches on. */
export const KIND_CODE = Object.fromEntries(KIND_IDS.map((id, code) => [id, code])) as Readonly<
  Record<KindId, number>
>;
/** The same codes by short name, as literals the hot loop's switches can use (compile.test.ts keeps them equal). */
export const K = {
  http: 0,
  upload: 1,
  schedule: 2,
  custom: 3,
  lambda: 4,
  api: 5,
  s3: 6,
  sns: 7,
  sqs: 8,
  dynamodb: 9,
  eventbridge: 10,
  stepFunctions: 11,
  kinesis: 12,
  alb: 13,
  fargate: 14,
} as const;

export interface CompiledNode {
  index: number;
  id: string;
  label: string;
  kind: KindId;
  code: number;
  config: Config;
  /** Outgoing edge indices, in scenario order (the order a function makes its calls). */
  out: number[];
  traffic: Traffic | undefined;
}

export interface CompiledEdge {
  index: number;
  id: string;
  from: number;
  to: number;
  variant: string;
  model: InvocationModel;
  /** Network time of one traversal, either way. */
  hopMs: number;
}

export interface Model {
  name: string;
  nodes: CompiledNode[];
  edges: CompiledEdge[];
  settings: Settings;
  durationMs: number;
  seed: number;
}

/** The textbook duration model: nothing may stand between the arrivals and the function. */
export function isTextbookFunction(node: CompiledNode): boolean {
  return node.code === K.lambda && node.config.durationModel === 'exponential';
}

export function compile(scenario: Scenario, durationMs: number, seed: number): Model {
  const nodes: CompiledNode[] = scenario.nodes.map((node, index) => ({
    index,
    id: node.id,
    label: node.label || node.id,
    kind: node.kind,
    code: KIND_CODE[node.kind],
    config: node.config,
    out: [],
    traffic: scenario.traffic[node.id],
  }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: CompiledEdge[] = [];
  for (const edge of scenario.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) continue; // parseScenario refuses these; stay safe for hand-built input.
    const variant = findVariant(from.kind, to.kind, edge.variant);
    if (!variant) continue;
    const textbook = isTextbookFunction(from) || isTextbookFunction(to);
    const compiled: CompiledEdge = {
      index: edges.length,
      id: edge.id,
      from: from.index,
      to: to.index,
      variant: variant.id,
      model: variant.model,
      hopMs: textbook ? 0 : LATENCY_MS.hop,
    };
    edges.push(compiled);
    from.out.push(compiled.index);
  }
  return { name: scenario.name, nodes, edges, settings: scenario.settings, durationMs, seed };
}
