/**
 * The single entry point for untrusted scenario data (imports, links, saved state, CLI):
 * migrate → schema → meaning (kinds, configs, edges, traffic). Never throws.
 */
import type { z } from '../zod/index.ts';
import {
  checkConnection,
  getKind,
  isKindId,
  validateConfig,
  type KindId,
} from '../catalog/index.ts';
import { migrate } from './migrations.ts';
import { scenarioSchema, type Scenario } from './scenario.ts';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

const MAX_ERRORS = 20;

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

function schemaErrors(error: z.core.$ZodError): string[] {
  return error.issues.slice(0, MAX_ERRORS).map((issue) => {
    const where = describePath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}

export function parseScenario(input: unknown): ParseResult {
  try {
    return parseUnsafe(input);
  } catch (error) {
    // Defence in depth: hostile input must never escape as an exception.
    return {
      ok: false,
      errors: [`The scenario could not be read (${String(error).slice(0, 200)}).`],
    };
  }
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Finds a key that could reach an object prototype if copied with plain assignment. */
function findReservedKey(value: unknown, depth = 0): string | null {
  if (depth > 12 || typeof value !== 'object' || value === null) return null;
  for (const key of Object.keys(value)) {
    if (RESERVED_KEYS.has(key)) return key;
    const inner = findReservedKey((value as Record<string, unknown>)[key], depth + 1);
    if (inner) return inner;
  }
  return null;
}

function parseUnsafe(input: unknown): ParseResult {
  const reserved = findReservedKey(input);
  if (reserved)
    return {
      ok: false,
      errors: [`The scenario contains the reserved name "${reserved}", which is not allowed.`],
    };
  const migrated = migrate(input);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const parsed = scenarioSchema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, errors: schemaErrors(parsed.error) };
  const scenario = parsed.data;
  const errors: string[] = [];
  const kinds = new Map<string, KindId>();

  scenario.nodes.forEach((node, i) => {
    const where = `nodes[${i}] "${node.label || node.id}"`;
    if (kinds.has(node.id)) errors.push(`${where}: the id "${node.id}" is used twice.`);
    if (!isKindId(node.kind)) {
      errors.push(`${where}: unknown kind "${String(node.kind).slice(0, 40)}".`);
      return;
    }
    kinds.set(node.id, node.kind);
    const config = validateConfig(node.kind, node.config);
    if (config.ok) node.config = config.config;
    else for (const p of config.problems) errors.push(`${where}: ${p.message}`);
  });

  const edgeIds = new Set<string>();
  const pairs = new Set<string>();
  scenario.edges.forEach((edge, i) => {
    const where = `edges[${i}]`;
    if (edgeIds.has(edge.id)) errors.push(`${where}: the id "${edge.id}" is used twice.`);
    edgeIds.add(edge.id);
    const from = kinds.get(edge.from);
    const to = kinds.get(edge.to);
    if (!from || !to) {
      errors.push(
        `${where}: connects a node that does not exist ("${!from ? edge.from : edge.to}").`,
      );
      return;
    }
    if (edge.from === edge.to) errors.push(`${where}: a node cannot connect to itself.`);
    if (pairs.has(`${edge.from}>${edge.to}`))
      errors.push(`${where}: these two nodes are already connected.`);
    pairs.add(`${edge.from}>${edge.to}`);
    const check = checkConnection(from, to);
    if (!check.ok) errors.push(`${where}: ${check.reason}`);
    else if (edge.variant && !check.rule.variants.some((v) => v.id === edge.variant)) {
      errors.push(
        `${where}: "${edge.variant}" is not a kind of ${getKind(from).label} → ${getKind(to).label} connection.`,
      );
    }
  });

  for (const id of Object.keys(scenario.traffic)) {
    const kind = kinds.get(id);
    if (!kind) errors.push(`traffic.${id}: there is no node "${id}".`);
    else if (!getKind(kind).hasTraffic) {
      errors.push(`traffic.${id}: ${getKind(kind).label} does not take traffic settings.`);
    }
  }

  return errors.length > 0
    ? { ok: false, errors: errors.slice(0, MAX_ERRORS) }
    : { ok: true, scenario };
}
