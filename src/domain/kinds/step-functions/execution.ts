/**
 * Runs one execution of a state machine (state-language.ts) in simulated time. Task work is
 * asked of a `TaskRunner` (the engine answers with what the connected function did; tests
 * answer by hand), so this file only knows the language: which state comes next, how long a
 * Wait or a retry back-off lasts, how Parallel branches and Map iterations overlap, where a
 * Catch sends an error, and when the workflow type's duration limit ends it.
 *
 * Billing counts (AWS Step Functions pricing page, read 2026-12): Standard workflows are
 * charged per state transition, retries included; Express per execution and GB-second.
 * Duration limits (Step Functions quotas): Standard 1 year, Express 5 minutes.
 *
 * Model assumptions: a state's own overhead is not timed (tasks and waits are); Map items
 * come from `ItemsPath` (default `$`) of the execution's input; a runaway loop stops after
 * 10,000 transitions as a failure.
 */
import {
  choose,
  matches,
  readPath,
  retryDelayMs,
  type Catcher,
  type Definition,
  type State,
} from './state-language.ts';

export const DURATION_LIMIT_MS = {
  standard: 365 * 24 * 3_600_000,
  express: 5 * 60_000,
} as const;
const MAX_TRANSITIONS = 10_000;

export interface TaskResult {
  ok: boolean;
  error?: string;
  ms: number;
}

/** Does the work of a Task state that starts at `atMs`; `attempt` counts from 1. */
export type TaskRunner = (
  resource: string,
  state: string,
  attempt: number,
  atMs: number,
) => TaskResult;

export type StepKind = 'entered' | 'retry' | 'caught' | 'failed' | 'succeeded';

export interface Step {
  atMs: number;
  /** The state's name, prefixed with its branch (`Fan.0/Resize`) inside Parallel and Map. */
  state: string;
  what: StepKind;
}

export interface ExecutionResult {
  outcome: 'succeeded' | 'failed' | 'timed-out';
  error?: string;
  endMs: number;
  transitions: number;
  retries: number;
  caught: number;
  steps: Step[];
}

interface Run {
  runTask: TaskRunner;
  deadline: number;
  transitions: number;
  retries: number;
  caught: number;
  steps: Step[];
}

type Outcome = { ok: true; t: number } | { ok: false; t: number; error: string };

/**
 * Runs `definition` on `input` from `startMs`.
 *
 * @example
 * runExecution({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 2, End: true } } },
 *   {}, 0, () => ({ ok: true, ms: 0 }), 'express').endMs // 2000
 */
export function runExecution(
  definition: Definition,
  input: unknown,
  startMs: number,
  runTask: TaskRunner,
  workflowType: 'standard' | 'express',
): ExecutionResult {
  const run: Run = {
    runTask,
    deadline: startMs + DURATION_LIMIT_MS[workflowType],
    transitions: 0,
    retries: 0,
    caught: 0,
    steps: [],
  };
  const o = machine(definition, input, startMs, '', run);
  const timedOut = !o.ok && o.error === 'States.Timeout' && o.t >= run.deadline;
  return {
    outcome: o.ok ? 'succeeded' : timedOut ? 'timed-out' : 'failed',
    ...(o.ok ? {} : { error: o.error }),
    endMs: Math.min(o.t, run.deadline),
    transitions: run.transitions,
    retries: run.retries,
    caught: run.caught,
    steps: run.steps,
  };
}

function machine(def: Definition, input: unknown, t0: number, prefix: string, run: Run): Outcome {
  let name: string | undefined = def.StartAt;
  let t = t0;
  while (name !== undefined) {
    const state: State | undefined = def.States[name];
    const label = prefix + name;
    if (!state) return { ok: false, t, error: 'States.Runtime' };
    if (++run.transitions > MAX_TRANSITIONS) return { ok: false, t, error: 'States.Runtime' };
    run.steps.push({ atMs: t, state: label, what: 'entered' });
    if (state.Type === 'Choice') {
      name = choose(state, input);
      if (name === undefined) return fail(run, label, t, 'States.NoChoiceMatched');
      continue;
    }
    if (state.Type === 'Succeed') break;
    if (state.Type === 'Fail') return fail(run, label, t, state.Error ?? 'States.Fail');
    if (state.Type === 'Wait') t += state.Seconds * 1000;
    if (state.Type === 'Task' || state.Type === 'Parallel' || state.Type === 'Map') {
      const o = guarded(state, label, input, t, run);
      if (!o.ok) {
        const error = o.error;
        const catcher: Catcher | undefined = (state.Catch ?? []).find((c) =>
          matches(c.ErrorEquals, error),
        );
        if (!catcher || o.t >= run.deadline) return fail(run, label, o.t, o.error);
        run.caught++;
        run.steps.push({ atMs: o.t, state: label, what: 'caught' });
        t = o.t;
        name = catcher.Next;
        continue;
      }
      t = o.t;
    }
    if (t >= run.deadline) return fail(run, label, run.deadline, 'States.Timeout');
    name = state.End === true ? undefined : state.Next;
  }
  run.steps.push({ atMs: t, state: prefix || '$', what: 'succeeded' });
  return { ok: true, t };
}

function fail(run: Run, label: string, t: number, error: string): Outcome {
  run.steps.push({ atMs: t, state: label, what: 'failed' });
  return { ok: false, t, error };
}

/** A Task, Parallel or Map state with its retriers: the first matching retrier decides. */
function guarded(
  state: Extract<State, { Type: 'Task' | 'Parallel' | 'Map' }>,
  label: string,
  input: unknown,
  t0: number,
  run: Run,
): Outcome {
  const retriesBy = new Map<number, number>();
  let t = t0;
  for (let attempt = 1; ; attempt++) {
    const o = once(state, label, input, t, attempt, run);
    if (o.ok || o.t >= run.deadline) return o;
    const index = (state.Retry ?? []).findIndex((r) => matches(r.ErrorEquals, o.error));
    const retrier = state.Retry?.[index];
    if (!retrier) return o;
    const n = (retriesBy.get(index) ?? 0) + 1;
    const delay = retryDelayMs(retrier, n);
    if (delay === null) return o;
    retriesBy.set(index, n);
    run.retries++;
    run.transitions++; // a retry is billed as a transition
    run.steps.push({ atMs: o.t, state: label, what: 'retry' });
    t = o.t + delay;
  }
}

function once(
  state: Extract<State, { Type: 'Task' | 'Parallel' | 'Map' }>,
  label: string,
  input: unknown,
  t: number,
  attempt: number,
  run: Run,
): Outcome {
  if (state.Type === 'Task') {
    const r = run.runTask(state.Resource, label, attempt, t);
    const end = Math.min(t + r.ms, run.deadline);
    if (t + r.ms > run.deadline) return { ok: false, t: end, error: 'States.Timeout' };
    return r.ok
      ? { ok: true, t: end }
      : { ok: false, t: end, error: r.error ?? 'States.TaskFailed' };
  }
  if (state.Type === 'Parallel') {
    const ends = state.Branches.map((b, i) => machine(b, input, t, `${label}.${i}/`, run));
    return joined(ends, t);
  }
  const items = readPath(input, state.ItemsPath ?? '$');
  const list = Array.isArray(items) ? items : [];
  const slots =
    state.MaxConcurrency && state.MaxConcurrency > 0 ? state.MaxConcurrency : list.length;
  // Each item starts when a slot frees up: the earliest-free slot takes the next item.
  const free = Array.from({ length: Math.max(1, slots) }, () => t);
  const ends = list.map((item, i) => {
    const slot = free.indexOf(Math.min(...free));
    const o = machine(state.ItemProcessor, item, free[slot] as number, `${label}.${i}/`, run);
    free[slot] = o.t;
    return o;
  });
  return joined(ends, t);
}

/** Branches end together: at the last one's end, with the first error (in branch order). */
function joined(ends: Outcome[], t: number): Outcome {
  const end = ends.reduce((m, o) => Math.max(m, o.t), t);
  const failed = ends.find((o) => !o.ok);
  return failed && !failed.ok ? { ok: false, t: end, error: failed.error } : { ok: true, t: end };
}
