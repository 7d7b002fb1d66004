/**
 * Node settings ↔ resource properties, both ways: the importer reads them, the exporter writes
 * back only the ones the learner changed. A setting lives either on the resource itself or on
 * the event that connects it to its consumer (an SQS queue's batch size is a property of the
 * function's SQS event).
 */
import { CATALOG, type ConfigValue, type FieldSpec, type KindId } from '../catalog/index.ts';
import type { Plain } from './template-text.ts';
import { isPlainMap } from './template-text.ts';

export interface SettingRule {
  key: string;
  /** Property path under the resource's (or the event's) Properties. */
  path: readonly string[];
  /** Only for these resource types (default: every type of the kind). */
  types?: readonly string[];
  on: 'resource' | 'event';
  read: (value: Plain) => ConfigValue | undefined;
  write: (value: ConfigValue) => Plain | undefined;
}

const asNumber = (v: Plain): number | undefined => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};
const asBool = (v: Plain): boolean | undefined =>
  typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined;
const num = (key: string, path: string[], on: 'resource' | 'event' = 'resource'): SettingRule => ({
  key,
  path,
  on,
  read: asNumber,
  write: (v) => (typeof v === 'number' ? v : undefined),
});

/** Runtime families the explorer models, and the identifier a new template uses for each. */
const RUNTIME_FAMILIES: readonly [prefix: RegExp, family: string, written: string][] = [
  [/^nodejs/, 'nodejs', 'nodejs22.x'],
  [/^python/, 'python', 'python3.13'],
  [/^java/, 'java', 'java21'],
  [/^dotnet/, 'dotnet', 'dotnet8'],
  [/^(go|provided)/, 'go', 'provided.al2023'],
  [/^ruby/, 'ruby', 'ruby3.3'],
];

export function runtimeFamily(runtime: string): string | undefined {
  return RUNTIME_FAMILIES.find(([prefix]) => prefix.test(runtime))?.[1];
}
export function runtimeIdentifier(family: string): string | undefined {
  return RUNTIME_FAMILIES.find(([, f]) => f === family)?.[2];
}

const SAM_FUNCTION = ['AWS::Serverless::Function'];

export const SETTING_RULES: Readonly<Partial<Record<KindId, readonly SettingRule[]>>> = {
  lambda: [
    {
      key: 'runtime',
      path: ['Runtime'],
      on: 'resource',
      read: (v) => (typeof v === 'string' ? runtimeFamily(v) : undefined),
      write: (v) => (typeof v === 'string' ? runtimeIdentifier(v) : undefined),
    },
    {
      key: 'architecture',
      path: ['Architectures'],
      on: 'resource',
      read: (v) => (Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined),
      write: (v) => (typeof v === 'string' ? [v] : undefined),
    },
    num('memoryMb', ['MemorySize']),
    num('timeoutSec', ['Timeout']),
    num('reservedConcurrency', ['ReservedConcurrentExecutions']),
    {
      ...num('provisionedConcurrency', [
        'ProvisionedConcurrencyConfig',
        'ProvisionedConcurrentExecutions',
      ]),
      types: SAM_FUNCTION,
    },
    num('ephemeralStorageMb', ['EphemeralStorage', 'Size']),
    {
      ...num('maxRetryAttempts', ['EventInvokeConfig', 'MaximumRetryAttempts']),
      types: SAM_FUNCTION,
    },
  ],
  sqs: [
    {
      key: 'queueType',
      path: ['FifoQueue'],
      on: 'resource',
      read: (v) => (asBool(v) === undefined ? undefined : asBool(v) ? 'fifo' : 'standard'),
      write: (v) => (v === 'fifo' ? true : undefined),
    },
    num('visibilityTimeoutSec', ['VisibilityTimeout']),
    num('maxReceiveCount', ['RedrivePolicy', 'maxReceiveCount']),
    num('batchSize', ['BatchSize'], 'event'),
    num('batchWindowSec', ['MaximumBatchingWindowInSeconds'], 'event'),
    num('maxConcurrency', ['ScalingConfig', 'MaximumConcurrency'], 'event'),
  ],
  sns: [
    {
      key: 'topicType',
      path: ['FifoTopic'],
      on: 'resource',
      read: (v) => (asBool(v) === undefined ? undefined : asBool(v) ? 'fifo' : 'standard'),
      write: (v) => (v === 'fifo' ? true : undefined),
    },
  ],
  kinesis: [num('shards', ['ShardCount']), num('batchSize', ['BatchSize'], 'event')],
  dynamodb: [
    {
      key: 'stream',
      path: ['StreamSpecification', 'StreamViewType'],
      types: ['AWS::DynamoDB::Table'],
      on: 'resource',
      read: (v) => (typeof v === 'string' ? true : undefined),
      write: (v) => (v === true ? 'NEW_AND_OLD_IMAGES' : undefined),
    },
  ],
  'step-functions': [
    {
      key: 'workflowType',
      path: ['Type'],
      types: ['AWS::Serverless::StateMachine'],
      on: 'resource',
      read: (v) => (v === 'EXPRESS' ? 'express' : v === 'STANDARD' ? 'standard' : undefined),
      write: (v) => (v === 'express' ? 'EXPRESS' : 'STANDARD'),
    },
    {
      key: 'workflowType',
      path: ['StateMachineType'],
      types: ['AWS::StepFunctions::StateMachine'],
      on: 'resource',
      read: (v) => (v === 'EXPRESS' ? 'express' : v === 'STANDARD' ? 'standard' : undefined),
      write: (v) => (v === 'express' ? 'EXPRESS' : 'STANDARD'),
    },
  ],
};

export function rulesFor(kind: KindId, type: string, on: 'resource' | 'event'): SettingRule[] {
  return (SETTING_RULES[kind] ?? []).filter(
    (r) => r.on === on && (!r.types || r.types.includes(type)),
  );
}

export function readPath(value: Plain | undefined, path: readonly string[]): Plain | undefined {
  let at: Plain | undefined = value;
  for (const step of path) {
    if (!isPlainMap(at)) return undefined;
    at = at[step];
  }
  return at;
}

export function fieldOf(kind: KindId, key: string): FieldSpec | undefined {
  return CATALOG[kind].fields.find((f) => f.key === key);
}

/**
 * A value the kind accepts, or a sentence on why not. Out-of-range numbers are brought within
 * the field's limits (the simulation cannot run them otherwise), and the report says so.
 */
export function fitToField(
  field: FieldSpec,
  value: ConfigValue,
): { value: ConfigValue; note?: string } | { error: string } {
  switch (field.type) {
    case 'number': {
      if (value === null && field.optional) return { value };
      if (typeof value !== 'number') return { error: `${field.label} is not a number` };
      const fitted = Math.min(
        field.max,
        Math.max(field.min, field.integer ? Math.round(value) : value),
      );
      return fitted === value
        ? { value }
        : {
            value: fitted,
            note: `${field.label} ${value} is outside ${field.min}–${field.max}; ${fitted} is used`,
          };
    }
    case 'enum':
      return field.options.some((o) => o.value === value)
        ? { value }
        : { error: `${field.label} ${String(value)} is not one the explorer models` };
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { error: `${field.label} is not on/off` };
    case 'text': {
      if (typeof value !== 'string') return { error: `${field.label} is not text` };
      const problem = field.check?.(value) ?? null;
      return problem ? { error: problem } : { value: value.slice(0, field.maxLength) };
    }
  }
}
