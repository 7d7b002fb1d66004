import { configSchema, defaultConfig, type Config } from './fields.ts';
import { getKind } from './catalog.ts';
import type { FieldProblem, KindId } from './types.ts';

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: FieldProblem[] };

const schemas = new Map<KindId, ReturnType<typeof configSchema>>();
function schemaFor(kind: KindId) {
  let schema = schemas.get(kind);
  if (!schema) {
    schema = configSchema(getKind(kind).fields);
    schemas.set(kind, schema);
  }
  return schema;
}

/** Validates a (possibly partial) config: defaults fill gaps, limits and cross-field rules apply. */
export function validateConfig(kind: KindId, input: unknown): ConfigResult {
  const parsed = schemaFor(kind).safeParse(input ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        key: String(issue.path[0] ?? ''),
        message:
          issue.code === 'unrecognized_keys'
            ? `Unknown setting${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.`
            : issue.message,
      })),
    };
  }
  const config = parsed.data as Config;
  const crossProblems = getKind(kind).crossCheck?.(config) ?? [];
  return crossProblems.length > 0 ? { ok: false, problems: crossProblems } : { ok: true, config };
}

export function defaultConfigFor(kind: KindId): Config {
  return defaultConfig(getKind(kind).fields);
}
