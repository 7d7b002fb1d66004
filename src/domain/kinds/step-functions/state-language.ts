/**
 * A small subset of the Amazon States Language that a Step Functions node carries: Task,
 * Choice, Parallel, Map, Wait, Pass, Succeed and Fail states, with Retry (IntervalSeconds,
 * MaxAttempts, BackoffRate, MaxDelaySeconds) and Catch on Task, Parallel and Map.
 * This file reads and checks a definition; execution.ts runs one.
 *
 * Source: "Amazon States Language" specification (states-language.net) and the AWS Step
 * Functions Developer Guide, "Handling errors in Step Functions workflows" (read 2026-12):
 * retrier defaults IntervalSeconds 1, MaxAttempts 3, BackoffRate 2.0; "States.ALL" matches
 * any error; retriers and catchers are tried in order, the first match applies.
 */

export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
}

export interface Catcher {
  ErrorEquals: string[];
  Next: string;
}

interface Flow {
  Next?: string;
  End?: boolean;
  Comment?: string;
}

interface Guarded {
  Retry?: Retrier[];
  Catch?: Catcher[];
}

export interface ChoiceRule {
  Variable: string;
  NumericEquals?: number;
  NumericGreaterThan?: number;
  NumericLessThan?: number;
  StringEquals?: string;
  BooleanEquals?: boolean;
  Next: string;
}

export type State =
  | ({ Type: 'Task'; Resource: string } & Flow & Guarded)
  | { Type: 'Choice'; Choices: ChoiceRule[]; Default?: string; Comment?: string }
  | ({ Type: 'Parallel'; Branches: Definition[] } & Flow & Guarded)
  | ({
      Type: 'Map';
      ItemsPath?: string;
      MaxConcurrency?: number;
      ItemProcessor: Definition;
    } & Flow &
      Guarded)
  | ({ Type: 'Wait'; Seconds: number } & Flow)
  | ({ Type: 'Pass' } & Flow)
  | { Type: 'Succeed'; Comment?: string }
  | { Type: 'Fail'; Error?: string; Cause?: string; Comment?: string };

export interface Definition {
  StartAt: string;
  States: Record<string, State>;
  Comment?: string;
}

export const RETRY_DEFAULTS = { IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 } as const;
export const ERROR_ALL = 'States.ALL';
export const ERROR_TIMEOUT = 'States.Timeout';

const TYPES = new Set(['Task', 'Choice', 'Parallel', 'Map', 'Wait', 'Pass', 'Succeed', 'Fail']);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems in a definition, each naming its state; empty when it can run. */
export function checkDefinition(value: unknown, where = ''): string[] {
  if (!isObject(value) || typeof value.StartAt !== 'string' || !isObject(value.States))
    return [`${where}a definition needs StartAt and States`];
  const states = value.States;
  const names = new Set(Object.keys(states));
  const problems: string[] = [];
  const target = (name: string, next: unknown) => {
    if (typeof next !== 'string' || !names.has(next))
      problems.push(`${where}${name}: goes to "${String(next)}", which is not a state`);
  };
  target('StartAt', value.StartAt);
  for (const [name, s] of Object.entries(states)) {
    if (!isObject(s) || typeof s.Type !== 'string' || !TYPES.has(s.Type)) {
      problems.push(`${where}${name}: unknown state type`);
      continue;
    }
    if (s.Type === 'Choice') {
      if (!Array.isArray(s.Choices) || s.Choices.length === 0)
        problems.push(`${where}${name}: a Choice needs at least one rule`);
      for (const rule of Array.isArray(s.Choices) ? s.Choices : [])
        target(name, isObject(rule) ? rule.Next : undefined);
      if (s.Default !== undefined) target(name, s.Default);
      continue;
    }
    if (s.Type === 'Succeed' || s.Type === 'Fail') continue;
    if (s.End !== true) target(name, s.Next);
    for (const c of Array.isArray(s.Catch) ? s.Catch : [])
      target(name, isObject(c) ? c.Next : undefined);
    if (s.Type === 'Wait' && !(typeof s.Seconds === 'number' && s.Seconds >= 0))
      problems.push(`${where}${name}: a Wait needs Seconds ≥ 0`);
    if (s.Type === 'Task' && typeof s.Resource !== 'string')
      problems.push(`${where}${name}: a Task needs a Resource`);
    if (s.Type === 'Parallel')
      (Array.isArray(s.Branches) ? s.Branches : [null]).forEach((b, i) =>
        problems.push(...checkDefinition(b, `${where}${name}.Branches[${i}].`)),
      );
    if (s.Type === 'Map') problems.push(...checkDefinition(s.ItemProcessor, `${where}${name}.`));
  }
  return problems;
}

/** Reads a definition from JSON text: the definition, or the problems that stop it. */
export function parseDefinition(
  text: string,
): { ok: true; definition: Definition } | { ok: false; problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['not valid JSON'] };
  }
  const problems = checkDefinition(value);
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, definition: value as Definition };
}

/** Whether an error name is matched by ErrorEquals ("States.ALL" matches every error). */
export function matches(errorEquals: string[], error: string): boolean {
  return errorEquals.includes(error) || errorEquals.includes(ERROR_ALL);
}

/**
 * The wait before retry number `retry` (1, 2, …): IntervalSeconds × BackoffRate^(retry−1),
 * at most MaxDelaySeconds; null when the retrier has no attempts left.
 */
export function retryDelayMs(r: Retrier, retry: number): number | null {
  const max = r.MaxAttempts ?? RETRY_DEFAULTS.MaxAttempts;
  if (retry > max) return null;
  const s =
    (r.IntervalSeconds ?? RETRY_DEFAULTS.IntervalSeconds) *
    (r.BackoffRate ?? RETRY_DEFAULTS.BackoffRate) ** (retry - 1);
  return Math.min(s, r.MaxDelaySeconds ?? Infinity) * 1000;
}

/** Reads a `$.a.b` path from an execution's input (the small JSONPath subset Choice uses). */
export function readPath(input: unknown, path: string): unknown {
  if (path === '$') return input;
  let v: unknown = input;
  for (const part of path.replace(/^\$\./, '').split('.')) v = isObject(v) ? v[part] : undefined;
  return v;
}

/** The Next of the first Choice rule the input satisfies, else the Default. */
export function choose(s: Extract<State, { Type: 'Choice' }>, input: unknown): string | undefined {
  for (const r of s.Choices) {
    const v = readPath(input, r.Variable);
    if (r.NumericEquals !== undefined && v === r.NumericEquals) return r.Next;
    if (r.NumericGreaterThan !== undefined && typeof v === 'number' && v > r.NumericGreaterThan)
      return r.Next;
    if (r.NumericLessThan !== undefined && typeof v === 'number' && v < r.NumericLessThan)
      return r.Next;
    if (r.StringEquals !== undefined && v === r.StringEquals) return r.Next;
    if (r.BooleanEquals !== undefined && v === r.BooleanEquals) return r.Next;
  }
  return s.Default;
}
