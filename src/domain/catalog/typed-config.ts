/**
 * A kind's config type, derived from its spec's fields, and the one way a model reads it.
 * The catalog's field default is the only default: a value that is missing or of the wrong
 * type (a hand-built scenario that skipped `parseScenario`) reads as that default.
 *
 * @example
 *   const c = readConfig(sqs, node.config); // c.batchSize: number, c.queueType: 'standard' | 'fifo'
 */
import type { Config, ConfigValue, FieldSpec } from './fields.ts';

/** The value type of one field: numbers (null when optional), an enum's options, booleans, text. */
export type FieldValue<F extends FieldSpec> = F extends { type: 'number'; optional: true }
  ? number | null
  : F extends { type: 'number' }
    ? number
    : F extends { type: 'enum'; options: readonly { value: infer V }[] }
      ? V
      : F extends { type: 'boolean' }
        ? boolean
        : string;

/** The config of a kind whose spec is declared `as const satisfies KindSpec`. */
export type ConfigOf<S extends { readonly fields: readonly FieldSpec[] }> = {
  readonly [F in S['fields'][number] as F['key']]: FieldValue<F>;
};

function fits(field: FieldSpec, value: ConfigValue | undefined): boolean {
  switch (field.type) {
    case 'number':
      return (
        (typeof value === 'number' && Number.isFinite(value)) ||
        (value === null && field.optional === true)
      );
    case 'enum':
      return field.options.some((o) => o.value === value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'text':
      return typeof value === 'string';
  }
}

/** Reads a node's config as its kind's typed config (catalog defaults where a value is unusable). */
export function readConfig<S extends { readonly fields: readonly FieldSpec[] }>(
  spec: S,
  config: Config,
): ConfigOf<S> {
  const out: Record<string, ConfigValue> = {};
  for (const field of spec.fields) {
    const value = config[field.key];
    out[field.key] = fits(field, value) ? (value as ConfigValue) : field.default;
  }
  return out as ConfigOf<S>;
}
