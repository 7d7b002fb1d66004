/**
 * Field specs: one description of each config field drives the zod schema (validation with
 * messages that state the real limit), the inspector form and the URL codec's defaults.
 */
import { z } from '../zod/index.ts';
import { groupDigits } from '../format/numbers.ts';

interface FieldBase {
  key: string;
  label: string;
  help: string;
  /** Show the field only when another field has one of these values (e.g. SQS FIFO options). */
  visibleWhen?: { key: string; oneOf: readonly (string | boolean)[] };
}

export interface NumberField extends FieldBase {
  type: 'number';
  unit: string;
  min: number;
  max: number;
  step?: number;
  integer?: boolean;
  /** Why the limit is what it is, shown in the refusal message ("the AWS Lambda maximum"). */
  limitReason: string;
  /** null means "not set" (e.g. no reserved concurrency). */
  optional?: boolean;
  default: number | null;
}

export interface EnumField extends FieldBase {
  type: 'enum';
  options: readonly { value: string; label: string }[];
  default: string;
}

export interface BooleanField extends FieldBase {
  type: 'boolean';
  default: boolean;
}

export interface TextField extends FieldBase {
  type: 'text';
  maxLength: number;
  placeholder?: string;
  default: string;
  /** Returns an error message, or null when the text is acceptable. */
  check?: (value: string) => string | null;
}

export type FieldSpec = NumberField | EnumField | BooleanField | TextField;

export type ConfigValue = number | string | boolean | null;
export type Config = Record<string, ConfigValue>;

// Up to three decimals, as toLocaleString would show them, without loading Intl at start-up.
const formatNumber = (n: number) => groupDigits(n, 3);

/** "Memory must be between 128 and 10,240 MB (the AWS Lambda limit)." */
export function rangeMessage(field: NumberField): string {
  const unit = field.unit ? ` ${field.unit}` : '';
  return `${field.label} must be between ${formatNumber(field.min)} and ${formatNumber(field.max)}${unit} (${field.limitReason}).`;
}

function fieldSchema(field: FieldSpec): z.ZodMiniType<ConfigValue> {
  switch (field.type) {
    case 'number': {
      const n = z.number({ error: `${field.label} must be a number.` }).check(
        z.refine(Number.isFinite, `${field.label} must be a finite number.`),
        z.refine((v) => v >= field.min && v <= field.max, rangeMessage(field)),
        z.refine(
          (v) => !field.integer || Number.isInteger(v),
          `${field.label} must be a whole number.`,
        ),
      );
      return field.optional ? z.nullable(n) : n;
    }
    case 'enum': {
      const values = field.options.map((o) => o.value);
      return z
        .string()
        .check(
          z.refine(
            (v) => values.includes(v),
            `${field.label} must be one of: ${field.options.map((o) => o.label).join(', ')}.`,
          ),
        );
    }
    case 'boolean':
      return z.boolean({ error: `${field.label} must be on or off.` });
    case 'text':
      return z.string().check(
        z.maxLength(
          field.maxLength,
          `${field.label} can be at most ${field.maxLength} characters.`,
        ),
        z.superRefine((v, ctx) => {
          const problem = field.check?.(v);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
      );
  }
}

/** A strict object schema; missing keys take their defaults, unknown keys are refused. */
export function configSchema(fields: readonly FieldSpec[]) {
  const shape: Record<string, z.ZodMiniType<ConfigValue>> = {};
  for (const field of fields) {
    shape[field.key] = z._default(fieldSchema(field), field.default as never) as never;
  }
  return z.strictObject(shape);
}

export function defaultConfig(fields: readonly FieldSpec[]): Config {
  return Object.fromEntries(fields.map((f) => [f.key, f.default]));
}

export function isFieldVisible(field: FieldSpec, config: Config): boolean {
  if (!field.visibleWhen) return true;
  const value = config[field.visibleWhen.key];
  return field.visibleWhen.oneOf.some((v) => v === value);
}
