/**
 * What a template cannot say about a diagram travels in its top-level `Metadata` under
 * `ServerlessExplorer`: traffic, run settings, positions, labels, settings that are not
 * resource properties, event sources that are not resources, and the edges a template cannot
 * express. Read leniently: a piece that does not check out is ignored and the rest is used.
 */
import { isKindId, type Config, type KindId } from '../catalog/index.ts';
import type { Settings, Traffic } from '../diagram/index.ts';
import type { Plain, PlainMap } from './template-text.ts';
import { isPlainMap } from './template-text.ts';

export const METADATA_KEY = 'ServerlessExplorer';

export interface MetadataSource {
  id: string;
  kind: KindId;
  label?: string;
  config?: Config;
  to: string[];
}

export interface ExplorerMetadata {
  name?: string;
  description?: string;
  settings?: Partial<Settings>;
  traffic?: Record<string, Partial<Traffic>>;
  layout?: Record<string, [number, number]>;
  labels?: Record<string, string>;
  config?: Record<string, Config>;
  sources?: MetadataSource[];
  /** Logical ID → node id, for diagrams whose ids are not valid logical IDs. */
  ids?: Record<string, string>;
  edges?: { from: string; to: string; variant?: string }[];
  /** Edges the template still wires but the diagram no longer has. */
  drop?: { from: string; to: string }[];
}

const isScalar = (v: Plain | undefined): v is string | number | boolean | null =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v);

function scalarMap(v: Plain | undefined): Config | undefined {
  if (!isPlainMap(v)) return undefined;
  return Object.fromEntries(Object.entries(v).filter(([, x]) => isScalar(x))) as Config;
}

function mapOf<T>(v: Plain | undefined, read: (x: Plain) => T | undefined): Record<string, T> {
  if (!isPlainMap(v)) return {};
  const out: Record<string, T> = {};
  for (const [k, x] of Object.entries(v)) {
    const value = read(x);
    if (value !== undefined) Object.defineProperty(out, k, { value, enumerable: true });
  }
  return out;
}

export function readExplorerMetadata(template: PlainMap): ExplorerMetadata {
  const meta = isPlainMap(template.Metadata) ? template.Metadata[METADATA_KEY] : undefined;
  if (!isPlainMap(meta)) return {};
  const str = (v: Plain | undefined) => (typeof v === 'string' ? v : undefined);
  return {
    name: str(meta.name),
    description: str(meta.description),
    settings: scalarMap(meta.settings) as Partial<Settings> | undefined,
    traffic: mapOf(meta.traffic, (x) => scalarMap(x) as Partial<Traffic> | undefined),
    layout: mapOf(meta.layout, (x) =>
      Array.isArray(x) && typeof x[0] === 'number' && typeof x[1] === 'number'
        ? ([x[0], x[1]] as [number, number])
        : undefined,
    ),
    labels: mapOf(meta.labels, str),
    config: mapOf(meta.config, scalarMap),
    ids: mapOf(meta.ids, str),
    sources: (Array.isArray(meta.sources) ? meta.sources : []).flatMap((s): MetadataSource[] => {
      if (!isPlainMap(s) || typeof s.id !== 'string' || !isKindId(s.kind)) return [];
      const to = Array.isArray(s.to) ? s.to.filter((t): t is string => typeof t === 'string') : [];
      return [{ id: s.id, kind: s.kind, label: str(s.label), config: scalarMap(s.config), to }];
    }),
    drop: (Array.isArray(meta.drop) ? meta.drop : []).flatMap((e) =>
      isPlainMap(e) && typeof e.from === 'string' && typeof e.to === 'string'
        ? [{ from: e.from, to: e.to }]
        : [],
    ),
    edges: (Array.isArray(meta.edges) ? meta.edges : []).flatMap((e) =>
      isPlainMap(e) && typeof e.from === 'string' && typeof e.to === 'string'
        ? [
            {
              from: e.from,
              to: e.to,
              ...(typeof e.variant === 'string' ? { variant: e.variant } : {}),
            },
          ]
        : [],
    ),
  };
}
