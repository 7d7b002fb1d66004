/**
 * Step Functions: each start is an execution that runs the node's tasks (its outgoing
 * connections) one after another, waiting for each. Whoever starts it only waits for "started".
 * Standard workflows are billed per state transition (one per task state entered, retries
 * included), Express per request and GB-second (64 MB, 100 ms steps).
 *
 * Retry and Catch (state-language.ts): with "Retry: max attempts" above 0 every task carries a
 * retrier on States.ALL, so a failed task is tried again after IntervalSeconds ×
 * BackoffRate^(n−1) (retryDelayMs), at most MaxAttempts times. With "Catch to a fallback" the
 * last connection is a fallback state: a task that still fails goes there, and the execution
 * ends as the fallback does (succeeded when it succeeds). Without either, a failing task fails
 * the execution, as before these settings existed.
 *
 * Model assumptions: the node is a sequence of Task states (Choice, Parallel, Map and Wait are
 * in state-language.ts and execution.ts, not on the canvas yet); the fallback has no retrier.
 */
import type { Usage } from '../../pricing/usage.ts';
import type { CompiledNode } from '../../sim/compile.ts';
import { expressBilledGbSeconds } from '../../pricing/index.ts';
import { EXPRESS_MEMORY_MB, LATENCY_MS } from '../../sim/defaults.ts';
import type { SimPort } from '../../sim/port.ts';
import { F_REPLY, R_FAILED } from '../../sim/jobs.ts';
import { BaseModel, ST_OK } from '../../sim/model-base.ts';
import { HAPPENING } from '../../sim/trace.ts';
import { readConfig } from '../../catalog/typed-config.ts';
import { stepFunctions } from './spec.ts';
import { ERROR_ALL, retryDelayMs, type Retrier } from './state-language.ts';

export class StepFunctionsModel extends BaseModel {
  override readonly usage: Extract<Usage, { kind: 'step-functions' }>;
  readonly stats = { started: 0, succeeded: 0, failed: 0, retries: 0, caught: 0 };
  private readonly express: boolean;
  private readonly retrier: Retrier | null;
  /** Index in `node.out` of the fallback state, or −1 without a Catch. */
  private readonly fallback: number;
  /** How many task states run in sequence (the fallback excluded). */
  private readonly tasks: number;
  /** Executions running their fallback state. */
  private readonly inFallback = new Set<number>();

  constructor(sim: SimPort, node: CompiledNode) {
    super(sim, node);
    const c = readConfig(stepFunctions, node.config);
    this.express = c.workflowType === 'express';
    this.retrier =
      c.retryMaxAttempts > 0
        ? {
            ErrorEquals: [ERROR_ALL],
            IntervalSeconds: c.retryIntervalSec,
            MaxAttempts: c.retryMaxAttempts,
            BackoffRate: c.retryBackoffRate,
          }
        : null;
    this.fallback = c.catchFallback && node.out.length >= 2 ? node.out.length - 1 : -1;
    this.tasks = this.fallback >= 0 ? this.fallback : node.out.length;
    this.usage = {
      kind: 'step-functions',
      workflowType: this.express ? 'express' : 'standard',
      transitions: 0,
      requests: 0,
      gbSeconds: 0,
    };
  }

  override arrive(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    let execution = job;
    if ((jobs.flags[job] as number) & F_REPLY) {
      execution = sim.derive(job, this.node.index);
      sim.reply(job, ST_OK);
    }
    this.stats.started++;
    if (this.express) this.usage.requests++;
    jobs.flags[execution] = 0;
    jobs.step[execution] = 0;
    jobs.attempt[execution] = 0;
    jobs.startAt[execution] = sim.now;
    sim.jobTimer(execution, sim.now + LATENCY_MS.stepFunctionsTransition, 0);
  }

  /** Enter the next state (or the same task again, for a retry). */
  override jobTimer(execution: number): void {
    const sim = this.sim;
    const step = sim.jobs.step[execution] as number;
    const edge = this.inFallback.has(execution)
      ? this.node.out[this.fallback]
      : step < this.tasks
        ? this.node.out[step]
        : undefined;
    if (!this.express && (edge !== undefined || this.node.out.length === 0))
      this.usage.transitions++;
    if (edge === undefined) return this.complete(execution, true);
    const child = sim.spawn(execution, true);
    sim.jobs.aux[execution] = child;
    sim.dispatch(child, edge);
  }

  override reply(child: number, status: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const execution = jobs.parent[child] as number;
    if (execution < 0) return;
    if (this.inFallback.delete(execution)) return this.complete(execution, status === ST_OK);
    if (status === ST_OK) {
      jobs.step[execution] = (jobs.step[execution] as number) + 1;
      jobs.attempt[execution] = 0;
      sim.jobTimer(execution, sim.now + LATENCY_MS.stepFunctionsTransition, 0);
      return;
    }
    const req = jobs.req[execution] as number;
    const retry = (jobs.attempt[execution] as number) + 1;
    const delay = this.retrier ? retryDelayMs(this.retrier, retry) : null;
    if (delay !== null) {
      jobs.attempt[execution] = retry;
      this.stats.retries++;
      sim.trace?.happen(sim.now, HAPPENING.retried, this.node.index, req, retry + 1);
      sim.jobTimer(execution, sim.now + delay, 0);
      return;
    }
    if (this.fallback >= 0) {
      this.stats.caught++;
      this.inFallback.add(execution);
      sim.trace?.happen(sim.now, HAPPENING.caught, this.node.index, req);
      sim.jobTimer(execution, sim.now + LATENCY_MS.stepFunctionsTransition, 0);
      return;
    }
    this.complete(execution, false);
  }

  private complete(execution: number, ok: boolean): void {
    const sim = this.sim;
    if (this.express) {
      const ms = sim.now - (sim.jobs.startAt[execution] as number);
      this.usage.gbSeconds += expressBilledGbSeconds(ms, EXPRESS_MEMORY_MB);
    }
    if (ok) this.stats.succeeded++;
    else {
      this.stats.failed++;
      sim.markRoot(sim.jobs.root[execution] as number, R_FAILED);
      sim.trace?.happen(
        sim.now,
        HAPPENING.error,
        this.node.index,
        sim.jobs.req[execution] as number,
      );
    }
    sim.freeJob(execution);
  }
}
