/**
 * AWS SAM / CloudFormation template → scenario, with a report of everything that did not
 * become a node (and why). Never throws, whatever the input.
 */
import { CATALOG, isKindId, type KindId } from '../catalog/index.ts';
import {
  DEFAULT_SETTINGS,
  DEFAULT_TRAFFIC,
  MAX_EDGES,
  MAX_ID,
  MAX_NODES,
  SCENARIO_VERSION,
  parseScenario,
  type Scenario,
  type Traffic,
} from '../diagram/index.ts';
import { Draft, type SettingOrigins, type UnsupportedEntry } from './draft.ts';
import { readExplorerMetadata, type ExplorerMetadata } from './explorer-metadata.ts';
import { CACHE_SIZES_GB } from '../kinds/api-gateway/cache-sizes.ts';
import { readAlb, readFargate, wireLoadBalancers } from './containers.ts';
import { kindForType } from './kind-map.ts';
import { layoutLeftToRight } from './layout.ts';
import { plumbingReason } from './plumbing.ts';
import { indexNames } from './refs.ts';
import { readResources, settleValue, type Resource } from './resources.ts';
import { fieldOf, fitToField, readPath, rulesFor } from './settings-map.ts';
import { isPlainMap, parseTemplateText, type Plain, type PlainMap } from './template-text.ts';
import { wireTemplate, type WiringContext } from './wiring.ts';

export interface ImportReport {
  unsupported: UnsupportedEntry[];
  warnings: string[];
  /** Parameters and the default values the diagram was made with. */
  parameters: { name: string; default: Plain | null }[];
}

export type ImportResult =
  | { ok: true; scenario: Scenario; report: ImportReport; trace: ImportTrace }
  | { ok: false; error: string };

/** What export needs to edit the template the diagram came from. */
export interface ImportTrace {
  /** Node id → path (from the template root) of each setting read. */
  origins: SettingOrigins;
  /** Node id → the logical ID of the resource it stands for (absent for implicit nodes). */
  resources: Record<string, string>;
  /** Edge id → where in the template it comes from. */
  via: Record<string, string>;
}

export interface ImportOptions {
  /** Scenario name when the template has no Description (e.g. the file name). */
  name?: string;
  /** Leave out what Metadata says the diagram's edges are not (export uses this). */
  ignoreMetadata?: readonly (keyof ExplorerMetadata)[];
}

const LOGICAL_ID = /^[A-Za-z0-9]+$/;

export function importTemplate(text: string, options: ImportOptions = {}): ImportResult {
  try {
    const parsed = parseTemplateText(text);
    if (!parsed.ok) return parsed;
    return importParsed(parsed.value, options);
  } catch {
    return {
      ok: false,
      error:
        'This template could not be imported: its structure is not one the explorer understands.',
    };
  }
}

export function importParsed(template: PlainMap, options: ImportOptions = {}): ImportResult {
  const draft = new Draft();
  const meta = withoutIgnored(readExplorerMetadata(template), options.ignoreMetadata);
  const parameters = readParameters(template, draft);
  const { resources } = readResources(template);
  const byId = new Map(resources.map((r) => [r.id, r]));
  const names = indexNames(
    Object.fromEntries(resources.map((r) => [r.id, { Properties: r.props }])),
  );

  for (const r of resources) makeNode(draft, r, template);
  for (const r of resources) {
    const node = draft.nodes.get(r.id);
    if (node?.kind === 'fargate' && r.type === 'AWS::ECS::Service')
      readFargate(node.config, r, byId);
    if (node?.kind === 'alb') readAlb(node.config, r);
  }
  addImplicitApis(draft, resources);

  const ctx: WiringContext = {
    draft,
    names,
    byId,
    functionUrls: new Set(),
    addSchedule: (id, expression, target, via) => {
      const node = draft.addNode({ id, kind: 'schedule', label: id });
      setSchedule(draft, id, settleValue(expression, template, () => {}) ?? expression);
      draft.connect(node.id, target, via);
    },
  };
  wireTemplate(ctx, resources);
  wireLoadBalancers(draft, resources, names);
  for (const r of resources) {
    if (!draft.nodes.has(r.id)) foldPlumbing(draft, r, byId);
  }

  renameNodes(draft, meta.ids ?? {});
  for (const source of meta.sources ?? []) {
    if (draft.nodes.has(source.id)) continue;
    draft.addNode({ id: source.id, kind: source.kind, label: source.label, config: source.config });
    for (const to of source.to)
      draft.connect(source.id, to, 'Metadata.ServerlessExplorer.sources', true);
  }
  for (const drop of meta.drop ?? []) {
    const at = draft.edges.findIndex((e) => e.from === drop.from && e.to === drop.to);
    if (at >= 0) draft.edges.splice(at, 1);
  }
  for (const edge of meta.edges ?? []) {
    const known = draft.edges.find((e) => e.from === edge.from && e.to === edge.to);
    if (known) {
      if (edge.variant) known.variant = edge.variant;
    } else
      draft.connect(edge.from, edge.to, 'Metadata.ServerlessExplorer.edges', true, edge.variant);
  }
  if (!meta.sources) addImplicitSources(draft, ctx.functionUrls);
  for (const [id, config] of Object.entries(meta.config ?? {})) {
    const node = draft.nodes.get(id);
    if (node) Object.assign(node.config, config);
  }
  for (const [id, label] of Object.entries(meta.labels ?? {})) {
    const node = draft.nodes.get(id);
    if (node) node.label = label.slice(0, 64);
  }
  return finish(draft, template, meta, parameters, options);
}

function withoutIgnored(meta: ExplorerMetadata, ignored: readonly (keyof ExplorerMetadata)[] = []) {
  const copy = { ...meta };
  for (const key of ignored) delete copy[key];
  return copy;
}

function readParameters(template: PlainMap, draft: Draft): ImportReport['parameters'] {
  const params = isPlainMap(template.Parameters) ? template.Parameters : {};
  return Object.entries(params).map(([name, p]) => {
    const value = isPlainMap(p) && p.Default !== undefined ? p.Default : null;
    if (value === null)
      draft.warnings.push(
        `Parameter ${name} has no default; what depends on it is read without a value.`,
      );
    return { name, default: value };
  });
}

function makeNode(draft: Draft, r: Resource, template: PlainMap) {
  if (!r.type) {
    draft.leaveOut(r.id, '', 'this resource has no Type');
    return;
  }
  const mapping = kindForType(r.type);
  if (!mapping || !mapping.primary) return;
  if (!LOGICAL_ID.test(r.id) || r.id.length > MAX_ID) {
    draft.leaveOut(
      r.id,
      r.type,
      'its logical ID is not alphanumeric (CloudFormation would refuse it)',
    );
    return;
  }
  if (draft.nodes.size >= MAX_NODES) {
    draft.leaveOut(r.id, r.type, `the explorer shows at most ${MAX_NODES} nodes`);
    return;
  }
  const node = draft.addNode({ id: r.id, kind: mapping.kind, logicalId: r.id, type: r.type });
  if (r.condition)
    draft.warnings.push(`${r.id} exists only when condition ${r.condition} holds; it is shown.`);
  if (r.type === 'AWS::Serverless::HttpApi' || r.type === 'AWS::ApiGatewayV2::Api') {
    node.config.apiType = r.props.ProtocolType === 'WEBSOCKET' ? 'websocket' : 'http';
  }
  if (r.type === 'AWS::Serverless::Api' && r.props.CacheClusterEnabled === true) {
    const size = String(r.props.CacheClusterSize ?? '0.5');
    if (CACHE_SIZES_GB.some((gb) => String(gb) === size)) node.config.cacheSizeGb = size;
  }
  const url = r.props.FunctionUrlConfig;
  if (mapping.kind === 'lambda' && typeof url === 'object' && url !== null && !Array.isArray(url)) {
    if ((url as Record<string, unknown>).InvokeMode === 'RESPONSE_STREAM')
      node.config.invokeMode = 'RESPONSE_STREAM';
  }
  if (r.props.PackageType === 'Image' && mapping.kind === 'lambda')
    node.config.runtime = 'container';
  for (const rule of rulesFor(mapping.kind, r.type, 'resource')) {
    draft.noteOrigin(r.id, rule.key, ['Resources', r.id, 'Properties', ...rule.path]);
    if (rule.key === 'runtime' && node.config.runtime === 'container') continue;
    let raw = readPath(r.props, rule.path);
    if (isPlainMap(raw))
      raw = settleValue(raw, template, (n) => draft.warnings.push(`${r.id}: ${n}.`));
    if (raw === undefined) continue;
    const value = rule.read(raw);
    const field = fieldOf(mapping.kind, rule.key);
    if (value === undefined || !field) {
      draft.warnings.push(
        `${r.id}: ${rule.path.join('.')} ${JSON.stringify(raw).slice(0, 60)} is not one the explorer models; the default is used.`,
      );
      continue;
    }
    const fitted = fitToField(field, value);
    if ('error' in fitted) draft.warnings.push(`${r.id}: ${fitted.error}; the default is used.`);
    else {
      node.config[rule.key] = fitted.value;
      if (fitted.note) draft.warnings.push(`${r.id}: ${fitted.note}.`);
    }
  }
  if (mapping.kind === 'schedule') setSchedule(draft, r.id, r.props.ScheduleExpression);
}

function setSchedule(draft: Draft, id: string, expression: Plain | undefined) {
  const node = draft.nodes.get(id);
  const field = fieldOf('schedule', 'expression');
  if (!node || !field || typeof expression !== 'string') return;
  const fitted = fitToField(field, expression);
  if ('error' in fitted)
    draft.warnings.push(`${id}: ${fitted.error}; ${String(node.config.expression)} is used.`);
  else node.config.expression = fitted.value;
}

/** SAM creates ServerlessRestApi / ServerlessHttpApi for Api events that name no API. */
function addImplicitApis(draft: Draft, resources: readonly Resource[]) {
  const types = new Set<string>();
  for (const r of resources) {
    if (r.type !== 'AWS::Serverless::Function') continue;
    const events = isPlainMap(r.props.Events) ? Object.values(r.props.Events) : [];
    for (const e of events) {
      if (!isPlainMap(e)) continue;
      const p = isPlainMap(e.Properties) ? e.Properties : {};
      if (e.Type === 'Api' && p.RestApiId === undefined) types.add('rest');
      if (e.Type === 'HttpApi' && p.ApiId === undefined) types.add('http');
    }
  }
  if (types.has('rest'))
    draft.addNode({
      id: 'ServerlessRestApi',
      kind: 'api-gateway',
      logicalId: 'ServerlessRestApi',
      type: 'AWS::Serverless::Api',
    });
  if (types.has('http')) {
    draft.addNode({
      id: 'ServerlessHttpApi',
      kind: 'api-gateway',
      logicalId: 'ServerlessHttpApi',
      type: 'AWS::Serverless::HttpApi',
      config: { apiType: 'http' },
    });
  }
}

function foldPlumbing(draft: Draft, r: Resource, byId: ReadonlyMap<string, Resource>) {
  if (draft.unsupported.some((u) => u.logicalId === r.id)) return;
  const { reason, into } = plumbingReason(r, byId, draft);
  draft.leaveOut(r.id, r.type, reason, into);
}

function renameNodes(draft: Draft, ids: Record<string, string>) {
  for (const [logicalId, wanted] of Object.entries(ids)) {
    const node = draft.nodes.get(logicalId);
    if (!node || draft.nodes.has(wanted) || !/^[A-Za-z0-9_-]{1,255}$/.test(wanted)) continue;
    draft.nodes.delete(logicalId);
    node.id = wanted;
    draft.nodes.set(wanted, node);
    for (const e of draft.edges) {
      if (e.from === logicalId) e.from = wanted;
      if (e.to === logicalId) e.to = wanted;
    }
    if (draft.origins[logicalId]) {
      draft.origins[wanted] = draft.origins[logicalId];
      delete draft.origins[logicalId];
    }
  }
}

const sourceId = (prefix: string, id: string) => `${prefix}-${id}`.slice(0, MAX_ID);

/** Event sources a template leaves implicit, so that the diagram has traffic to play. */
function addImplicitSources(draft: Draft, functionUrls: ReadonlySet<string>) {
  const fedBy = (id: string, kinds: readonly KindId[]) =>
    draft.incoming(id).some((e) => kinds.includes(draft.kindOf(e.from)!));
  const add = (kind: KindId, prefix: string, label: string, target: string) => {
    const id = sourceId(prefix, target);
    draft.addNode({ id, kind, label });
    draft.connect(id, target, 'implicit event source', true);
  };
  for (const node of [...draft.nodes.values()]) {
    const hasIncoming = draft.incoming(node.id).length > 0;
    switch (node.kind) {
      case 'alb':
        if (!hasIncoming) add('http-clients', 'clients', `Clients of ${node.id}`, node.id);
        break;
      case 'api-gateway':
        if (!fedBy(node.id, ['http-clients']))
          add('http-clients', 'clients', `Clients of ${node.id}`, node.id);
        break;
      case 's3':
        if (!hasIncoming && draft.outgoing(node.id).length > 0)
          add('file-upload', 'uploads', `Uploads to ${node.id}`, node.id);
        break;
      case 'eventbridge':
      case 'sns':
      case 'sqs':
      case 'kinesis':
        if (!hasIncoming && draft.outgoing(node.id).length > 0)
          add('custom-event', 'events', `Events for ${node.id}`, node.id);
        break;
      case 'lambda':
        if (functionUrls.has(node.id))
          add('http-clients', 'clients', `Clients of ${node.id}`, node.id);
        else if (!hasIncoming)
          add('custom-event', 'invocations', `Invocations of ${node.id}`, node.id);
        break;
      case 'step-functions':
        if (!hasIncoming) add('custom-event', 'executions', `Executions of ${node.id}`, node.id);
        break;
    }
  }
}

const SOURCE_RATES: Partial<Record<KindId, number>> = {
  'http-clients': 5,
  'file-upload': 1,
  'custom-event': 1,
};

function finish(
  draft: Draft,
  template: PlainMap,
  meta: ExplorerMetadata,
  parameters: ImportReport['parameters'],
  options: ImportOptions,
): ImportResult {
  const nodes = [...draft.nodes.values()];
  let edges = draft.edges;
  if (edges.length > MAX_EDGES) {
    draft.warnings.push(
      `The explorer shows at most ${MAX_EDGES} connections; ${edges.length - MAX_EDGES} are left out.`,
    );
    edges = edges.slice(0, MAX_EDGES);
  }
  const positions = layoutLeftToRight({ nodes, edges });
  for (const [id, [x, y]] of Object.entries(meta.layout ?? {})) {
    if (positions.has(id)) positions.set(id, { x, y });
  }
  const traffic: Record<string, Traffic> = {};
  for (const node of nodes) {
    if (!CATALOG[node.kind].hasTraffic) continue;
    const fromMeta = meta.traffic?.[node.id] ?? {};
    Object.defineProperty(traffic, node.id, {
      value: {
        ...DEFAULT_TRAFFIC,
        ratePerSec: SOURCE_RATES[node.kind] ?? DEFAULT_TRAFFIC.ratePerSec,
        ...fromMeta,
      },
      enumerable: true,
    });
  }
  const description = typeof template.Description === 'string' ? template.Description.trim() : '';
  const doc = {
    version: SCENARIO_VERSION,
    name: (meta.name ?? (description.split('\n')[0] || options.name || 'Imported template')).slice(
      0,
      120,
    ),
    description: (meta.description ?? description).slice(0, 2000),
    nodes: nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      label: n.label,
      position: positions.get(n.id) ?? { x: 0, y: 0 },
      config: n.config,
    })),
    edges: edges.map((e) => ({
      id: `${e.from}-${e.to}`,
      from: e.from,
      to: e.to,
      ...(e.variant ? { variant: e.variant } : {}),
    })),
    traffic,
    settings: { ...DEFAULT_SETTINGS, ...meta.settings },
  };
  const checked = parseScenario(doc);
  if (!checked.ok) {
    // Metadata written by hand may carry values the scenario refuses; try once without it.
    if (Object.keys(meta).length > 0 && !options.ignoreMetadata) {
      const retry = importParsed(template, {
        ...options,
        ignoreMetadata: ['settings', 'traffic', 'config', 'labels', 'name', 'description'],
      });
      if (retry.ok)
        retry.report.warnings.push(
          'Metadata.ServerlessExplorer has values the explorer refuses; they were ignored.',
        );
      return retry;
    }
    return {
      ok: false,
      error: `This template made a diagram the explorer refuses: ${checked.errors[0] ?? 'unknown problem'}`,
    };
  }
  return {
    ok: true,
    scenario: checked.scenario,
    report: { unsupported: draft.unsupported, warnings: draft.warnings, parameters },
    trace: {
      origins: draft.origins,
      resources: Object.fromEntries(
        nodes.filter((n) => n.logicalId).map((n) => [n.id, n.logicalId!]),
      ),
      via: Object.fromEntries(edges.map((e) => [`${e.from}-${e.to}`, e.via])),
    },
  };
}

export { isKindId };
