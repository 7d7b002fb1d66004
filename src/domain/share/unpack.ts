/**
 * Packed "s1" form → a scenario document for parseScenario (see format-s1.ts).
 * This checks only the packing; parseScenario then checks the meaning (kinds, limits, edges),
 * fills config defaults and runs migrations.
 */
import { z } from '../zod/index.ts';
import { DEFAULT_SETTINGS, DEFAULT_TRAFFIC } from '../diagram/index.ts';
import { S1_KINDS, SETTINGS_KEYS, TRAFFIC_KEYS, defaultEdgeId } from './format-s1.ts';
import { FORBIDDEN_KEYS } from './safe-json.ts';

export type Unpacked =
  | { ok: true; doc: Record<string, unknown> }
  | { ok: false; problem: 'damaged' | 'unknown-kind' | 'forbidden-key'; detail: string };

const scalar = z.union([z.number(), z.string(), z.boolean(), z.null()]);
const emptyOr = <T extends z.ZodMiniType>(schema: T) => z.optional(z.union([z.literal(0), schema]));
const index = z.number().check(z.int(), z.gte(0));
const nodeRef = z.union([index, z.string()]);
const shortKeyed = (keys: Readonly<Record<string, unknown>>) =>
  z.strictObject(Object.fromEntries(Object.keys(keys).map((k) => [k, z.optional(scalar)])));

const packedSchema = z.tuple([
  z.number(),
  emptyOr(z.string()),
  emptyOr(
    z.array(
      z.tuple([
        z.union([index, z.string()]),
        emptyOr(z.string()),
        z.optional(z.number()),
        z.optional(z.number()),
        emptyOr(z.record(z.string(), scalar)),
        emptyOr(z.string()),
      ]),
    ),
  ),
  emptyOr(z.array(z.tuple([nodeRef, nodeRef, emptyOr(z.string()), emptyOr(z.string())]))),
  emptyOr(z.array(z.tuple([nodeRef, emptyOr(shortKeyed(TRAFFIC_KEYS))]))),
  emptyOr(shortKeyed(SETTINGS_KEYS)),
  emptyOr(z.string()),
]);

class Refused extends Error {
  constructor(
    readonly problem: 'damaged' | 'unknown-kind' | 'forbidden-key',
    readonly detail: string,
  ) {
    super(detail);
  }
}

/**
 * Expands a packed scenario. Never throws.
 *
 * @example
 * unpackScenario([1, 'Demo', [[4, 'resize-image', 260, 0, { memoryMb: 1536 }]]]);
 * // { ok: true, doc: { version: 1, name: 'Demo', nodes: [{ id: 'resize-image', kind: 'lambda', … }], … } }
 */
export function unpackScenario(packed: unknown): Unpacked {
  const parsed = packedSchema.safeParse(packed);
  if (!parsed.success) {
    return { ok: false, problem: 'damaged', detail: parsed.error.issues[0]?.message ?? '' };
  }
  try {
    return { ok: true, doc: expand(parsed.data) };
  } catch (error) {
    if (error instanceof Refused)
      return { ok: false, problem: error.problem, detail: error.detail };
    return { ok: false, problem: 'damaged', detail: String(error) };
  }
}

function expand([version, name, nodes, edges, traffic, settings, description]: z.infer<
  typeof packedSchema
>): Record<string, unknown> {
  const nodeList = (nodes || []).map(([kind, label, x, y, config, id]) => ({
    id: id || label || '',
    kind: typeof kind === 'string' ? kind : kindAt(kind),
    label: label || '',
    position: { x: x ?? 0, y: y ?? 0 },
    config: config || {},
  }));
  const idOf = (ref: number | string): string => {
    if (typeof ref === 'string') return ref;
    const node = nodeList[ref];
    if (!node) throw new Refused('damaged', `node ${ref} does not exist`);
    return node.id;
  };

  const edgeList = (edges || []).map(([from, to, variant, id]) => {
    const edge = { id: id || defaultEdgeId(idOf(from), idOf(to)), from: idOf(from), to: idOf(to) };
    return variant ? { ...edge, variant } : edge;
  });

  const trafficEntries = (traffic || []).map(([ref, fields]) => {
    const id = idOf(ref);
    // These become keys of the traffic record, where "__proto__" would be silently dropped.
    if (FORBIDDEN_KEYS.has(id)) throw new Refused('forbidden-key', id);
    return [id, { ...DEFAULT_TRAFFIC, ...longKeys(fields || {}, TRAFFIC_KEYS) }] as const;
  });
  if (new Set(trafficEntries.map(([id]) => id)).size !== trafficEntries.length) {
    throw new Refused('damaged', 'traffic listed twice for one node');
  }

  return {
    version,
    name: name || '',
    description: description || '',
    nodes: nodeList,
    edges: edgeList,
    traffic: Object.fromEntries(trafficEntries),
    settings: { ...DEFAULT_SETTINGS, ...longKeys(settings || {}, SETTINGS_KEYS) },
  };
}

function kindAt(index: number): string {
  const kind = S1_KINDS[index];
  if (kind === undefined) throw new Refused('unknown-kind', `kind #${index}`);
  return kind;
}

function longKeys(
  fields: Record<string, unknown>,
  names: Readonly<Record<string, string>>,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([short, v]) => [names[short] ?? short, v]));
}
