/**
 * Scenario → AWS SAM template. A new template when the diagram has none; otherwise the
 * learner's own template, edited only where the diagram changed it (text-edits.ts), so that
 * comments, Parameters, Conditions, Mappings, Outputs, unmodelled properties and intrinsics
 * survive byte for byte. Traffic, run settings, layout and what a template cannot express
 * travel in `Metadata.ServerlessExplorer`, so import → simulate → export → import keeps them.
 */
import { defaultVariant, isKindId, type ConfigValue } from '../catalog/index.ts';
import { DEFAULT_SETTINGS, type Scenario } from '../diagram/index.ts';
import { METADATA_KEY, type ExplorerMetadata } from './explorer-metadata.ts';
import {
  RESOURCE_KINDS,
  eventIdFor,
  resourceFor,
  setIn,
  wiringFor,
  type EditOp,
  type Names,
} from './generate.ts';
import { importParsed, importTemplate, type ImportResult } from './import-template.ts';
import { logicalIdsFor } from './logical-ids.ts';
import { SETTING_RULES } from './settings-map.ts';
import { isPlainMap, parseTemplateText, type Plain, type PlainMap } from './template-text.ts';
import { TemplateEditor } from './text-edits.ts';
import { DEFAULT_BUS_ID } from './wiring.ts';
import { renderYamlEntry, yamlDocument } from './yaml-render.ts';
import { isMap, isScalar, type Node as YamlNode } from 'yaml';

export type ExportResult =
  { ok: true; text: string; warnings: string[] } | { ok: false; error: string };

export function exportTemplate(scenario: Scenario, options: { into?: string } = {}): ExportResult {
  try {
    return options.into === undefined ? exportNew(scenario) : exportInto(scenario, options.into);
  } catch (error) {
    return {
      ok: false,
      error: `The template could not be written (${String(error).slice(0, 160)}).`,
    };
  }
}

const IMPLICIT_APIS = new Set(['ServerlessRestApi', 'ServerlessHttpApi']);

function namesFor(scenario: Scenario, logical: ReadonlyMap<string, string>): Names {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  return { logical, node: (id) => byId.get(id) };
}

function exportNew(scenario: Scenario): ExportResult {
  const logical = logicalIdsFor(scenario.nodes.map((n) => n.id));
  const names = namesFor(scenario, logical);
  const resources: PlainMap = {};
  const comments = new Map<string, string>();
  for (const node of scenario.nodes) {
    // The account's default bus is not a resource: rules on it simply name no bus.
    if (!RESOURCE_KINDS.has(node.kind) || node.id === DEFAULT_BUS_ID) continue;
    const id = logical.get(node.id)!;
    const feedsFunction = scenario.edges.some(
      (e) => e.from === node.id && names.node(e.to)?.kind === 'lambda',
    );
    if (IMPLICIT_APIS.has(id) && feedsFunction) continue; // SAM makes it from the Api events
    const made = resourceFor(node, scenario, names);
    if (!made) continue;
    resources[id] = made.resource;
    if (made.comment) comments.set(id, made.comment);
    for (const [part, resource] of Object.entries(made.parts ?? {}))
      if (!Object.hasOwn(resources, part)) resources[part] = resource;
  }
  const template: PlainMap = {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: 'AWS::Serverless-2016-10-31',
    Description: scenario.name || 'Exported from Serverless Explorer',
    Resources: resources,
  };
  for (const edge of scenario.edges) {
    const ops = wiringFor(edge, names);
    if (ops && ops.every((op) => targetsKnownResource(op, resources)))
      ops.forEach((op) => applyToPlain(template, op));
  }
  const render = (meta: ExplorerMetadata) => {
    const doc = yamlDocument(template);
    doc.commentBefore =
      ' Exported by Serverless Explorer. Values marked as placeholders need yours before you deploy.';
    const section = (doc.contents as YamlNode & { get: (k: string, keep: boolean) => unknown }).get(
      'Resources',
      true,
    );
    if (isMap(section)) {
      for (const pair of section.items) {
        const key = pair.key;
        if (isScalar(key) && comments.has(String(key.value)))
          key.commentBefore = ' ' + comments.get(String(key.value));
      }
    }
    const metadata = { [METADATA_KEY]: meta as unknown as Plain };
    return doc.toString({ lineWidth: 0 }) + renderYamlEntry('Metadata', metadata, 0, true) + '\n';
  };
  return withMetadata(render, scenario, logical, []);
}

function targetsKnownResource(op: EditOp, resources: PlainMap): boolean {
  return op.path.length === 2 || Object.hasOwn(resources, op.path[1]!);
}

function applyToPlain(template: PlainMap, op: EditOp) {
  if (op.op === 'set') return setIn(template, op.path, op.value);
  let at: Plain | undefined = template;
  for (const key of op.path) at = isPlainMap(at) ? at[key] : undefined;
  if (Array.isArray(at)) at.push(op.item);
  else setIn(template, op.path, [op.item]);
}

function exportInto(scenario: Scenario, text: string): ExportResult {
  const parsed = parseTemplateText(text);
  if (!parsed.ok) return parsed;
  const base = importParsed(parsed.value);
  if (!base.ok) return base;
  const warnings: string[] = [];
  const resources = parsed.value.Resources as PlainMap;
  const baseNodes = new Map(base.scenario.nodes.map((n) => [n.id, n]));
  const target = new Map(scenario.nodes.map((n) => [n.id, n]));
  const known = new Map(Object.entries(base.trace.resources));
  const fresh = logicalIdsFor(
    scenario.nodes.filter((n) => !known.has(n.id)).map((n) => n.id),
    [...Object.keys(resources), ...known.values()],
  );
  const logical = new Map([...fresh, ...known]);
  const names = namesFor(scenario, logical);
  const ops: EditOp[] = [];
  const deletions: string[][] = [];

  for (const node of scenario.nodes) {
    const before = baseNodes.get(node.id);
    if (before && before.kind !== node.kind) {
      warnings.push(`${node.id} changed kind; the template keeps the resource as it was.`);
      continue;
    }
    if (before) {
      const origins = base.trace.origins[node.id] ?? {};
      for (const [key, path] of Object.entries(origins)) {
        if (node.config[key] === before.config[key]) continue;
        const rule = (SETTING_RULES[node.kind] ?? []).find(
          (r) => r.key === key && endsWith(path, r.path),
        );
        if (!rule || (key === 'runtime' && node.config.runtime === 'container')) continue;
        const value = rule.write(node.config[key] as ConfigValue);
        if (value === undefined) deletions.push([...path]);
        else ops.push({ op: 'set', path: [...path], value });
      }
    } else if (RESOURCE_KINDS.has(node.kind)) {
      const made = resourceFor(node, scenario, names);
      if (made) {
        ops.push({ op: 'set', path: ['Resources', logical.get(node.id)!], value: made.resource });
        for (const [part, resource] of Object.entries(made.parts ?? {}))
          if (!Object.hasOwn(resources, part))
            ops.push({ op: 'set', path: ['Resources', part], value: resource });
      }
    }
  }
  for (const node of base.scenario.nodes) {
    if (target.has(node.id)) continue;
    const id = known.get(node.id);
    if (id && Object.hasOwn(resources, id)) {
      deletions.push(['Resources', id]);
      warnings.push(...danglingReferences(parsed.value, id, deletions));
    }
  }
  const baseEdges = new Map(base.scenario.edges.map((e) => [`${e.from}>${e.to}`, e]));
  const targetEdges = new Map(scenario.edges.map((e) => [`${e.from}>${e.to}`, e]));
  for (const [key, edge] of targetEdges) {
    if (baseEdges.has(key)) continue;
    const wiring = wiringFor(edge, names);
    const resourceIds = new Set([
      ...Object.keys(resources),
      ...ops.filter((o) => o.path.length === 2).map((o) => o.path[1]!),
    ]);
    if (wiring && wiring.every((op) => op.path.length === 2 || resourceIds.has(op.path[1]!)))
      ops.push(...wiring);
  }
  for (const [key, edge] of baseEdges) {
    if (targetEdges.has(key) || !target.has(edge.from) || !target.has(edge.to)) continue;
    const via = base.trace.via[edge.id] ?? '';
    const event = /^Events\.([A-Za-z0-9]+) \(/.exec(via);
    const owner = known.get(edge.to);
    if (event && owner && !via.includes(' + '))
      deletions.push(['Resources', owner, 'Properties', 'Events', event[1]!]);
    else
      warnings.push(
        `${edge.from} → ${edge.to} is still wired in the template (${via}); the diagram hides it.`,
      );
  }

  const render = (meta: ExplorerMetadata) => {
    const editor = new TemplateEditor(text, parsed.doc, parsed.lines);
    for (const path of deletions) editor.delete(path);
    for (const op of ops) {
      if (op.op === 'set') editor.set(op.path, op.value);
      else editor.append(op.path, op.item);
    }
    editor.set(['Metadata', METADATA_KEY], meta as unknown as Plain);
    return editor.result();
  };
  return withMetadata(render, scenario, logical, warnings);
}

function endsWith(path: readonly string[], tail: readonly string[]): boolean {
  return tail.every((key, i) => path[path.length - tail.length + i] === key);
}

/** Outputs and environment variables that name a removed resource go with it. */
function danglingReferences(template: PlainMap, id: string, deletions: string[][]): string[] {
  const names = (v: Plain | undefined) =>
    JSON.stringify(v ?? null).match(
      new RegExp(`"(Ref|Fn::GetAtt)":\\s*\\[?"${id}[".]|\\$\\{${id}[.}]`),
    ) !== null;
  const outputs = isPlainMap(template.Outputs) ? template.Outputs : {};
  for (const [key, value] of Object.entries(outputs))
    if (names(value)) deletions.push(['Outputs', key]);
  const left: string[] = [];
  for (const [rid, resource] of Object.entries(template.Resources as PlainMap)) {
    if (rid === id || !isPlainMap(resource)) continue;
    const vars = isPlainMap(resource.Properties)
      ? (resource.Properties.Environment as PlainMap | undefined)?.Variables
      : undefined;
    if (isPlainMap(vars)) {
      for (const [name, value] of Object.entries(vars))
        if (names(value))
          deletions.push(['Resources', rid, 'Properties', 'Environment', 'Variables', name]);
    }
    const events =
      isPlainMap(resource.Properties) && isPlainMap(resource.Properties.Events)
        ? resource.Properties.Events
        : {};
    for (const [eid, ev] of Object.entries(events))
      if (names(ev)) deletions.push(['Resources', rid, 'Properties', 'Events', eid]);
    const rest = {
      ...resource,
      Properties: {
        ...(isPlainMap(resource.Properties) ? resource.Properties : {}),
        Environment: null,
        Events: null,
      },
    };
    if (names(rest)) left.push(`${rid} still names the removed ${id}; edit it before you deploy.`);
  }
  return left;
}

/**
 * Writes the Metadata: first what the diagram says (settings, traffic, layout, sources), then,
 * after importing that text again, whatever the template itself could not carry (settings that
 * are not properties, edges it cannot wire, edges it wires that the diagram dropped).
 */
function withMetadata(
  render: (meta: ExplorerMetadata) => string,
  scenario: Scenario,
  logical: ReadonlyMap<string, string>,
  warnings: string[],
): ExportResult {
  const ids: Record<string, string> = {};
  const kinds = new Map(scenario.nodes.map((n) => [n.id, n.kind]));
  for (const [id, l] of logical) if (l !== id && RESOURCE_KINDS.has(kinds.get(id)!)) ids[l] = id;
  for (const edge of scenario.edges) {
    const source = scenario.nodes.find((n) => n.id === edge.from);
    const target = scenario.nodes.find((n) => n.id === edge.to);
    if (source?.kind === 'schedule' && target && logical.has(target.id) && logical.has(source.id)) {
      ids[`${logical.get(target.id)}${eventIdFor(logical.get(source.id)!)}`] = source.id;
    }
  }
  const settings = Object.fromEntries(
    Object.entries(scenario.settings).filter(
      ([k, v]) => DEFAULT_SETTINGS[k as keyof typeof DEFAULT_SETTINGS] !== v,
    ),
  );
  const meta: ExplorerMetadata = {
    ...(Object.keys(settings).length ? { settings } : {}),
    traffic: scenario.traffic,
    layout: Object.fromEntries(
      scenario.nodes.map((n) => [n.id, [Math.round(n.position.x), Math.round(n.position.y)]]),
    ),
    sources: scenario.nodes
      .filter((n) => !RESOURCE_KINDS.has(n.kind))
      .map((n) => ({
        id: n.id,
        kind: n.kind,
        ...(n.label !== n.id ? { label: n.label } : {}),
        config: n.config,
        to: scenario.edges.filter((e) => e.from === n.id).map((e) => e.to),
      })),
    ...(Object.keys(ids).length ? { ids } : {}),
  };
  const labels = Object.fromEntries(
    scenario.nodes
      .filter((n) => n.label !== n.id && RESOURCE_KINDS.has(n.kind))
      .map((n) => [n.id, n.label]),
  );
  if (Object.keys(labels).length) meta.labels = labels;
  const first = importTemplate(render(meta));
  if (!first.ok)
    return { ok: false, error: `The exported template does not import again: ${first.error}` };
  Object.assign(meta, differences(first, scenario));
  // Name and description only when the template's Description does not already give them.
  if (first.scenario.name !== scenario.name) meta.name = scenario.name;
  if (first.scenario.description !== scenario.description) meta.description = scenario.description;
  const text = render(meta);
  return { ok: true, text, warnings };
}

function differences(
  imported: Extract<ImportResult, { ok: true }>,
  scenario: Scenario,
): Partial<ExplorerMetadata> {
  const got = new Map(imported.scenario.nodes.map((n) => [n.id, n]));
  const config: Record<string, Record<string, ConfigValue>> = {};
  for (const node of scenario.nodes) {
    const other = got.get(node.id);
    if (!other) continue;
    const changed = Object.entries(node.config).filter(([k, v]) => other.config[k] !== v);
    if (changed.length) config[node.id] = Object.fromEntries(changed);
  }
  const gotEdges = new Map(imported.scenario.edges.map((e) => [`${e.from}>${e.to}`, e]));
  const wanted = new Set(scenario.edges.map((e) => `${e.from}>${e.to}`));
  const edges = scenario.edges
    .filter((e) => {
      const other = gotEdges.get(`${e.from}>${e.to}`);
      return (
        !other ||
        (other.variant ?? firstVariant(scenario, e)) !== (e.variant ?? firstVariant(scenario, e))
      );
    })
    .map((e) => ({ from: e.from, to: e.to, ...(e.variant ? { variant: e.variant } : {}) }));
  const drop = imported.scenario.edges
    .filter((e) => !wanted.has(`${e.from}>${e.to}`))
    .map((e) => ({ from: e.from, to: e.to }));
  return {
    ...(Object.keys(config).length ? { config } : {}),
    ...(edges.length ? { edges } : {}),
    ...(drop.length ? { drop } : {}),
  };
}

function firstVariant(scenario: Scenario, edge: { from: string; to: string }): string | undefined {
  const a = scenario.nodes.find((n) => n.id === edge.from)?.kind;
  const b = scenario.nodes.find((n) => n.id === edge.to)?.kind;
  return isKindId(a) && isKindId(b) ? defaultVariant(a, b)?.id : undefined;
}
