/**
 * Step Functions: each start is an execution that runs the node's tasks (its outgoing
 * connections) one after another, waiting for each; a failing task fails the execution (retry
 * policies are not modelled). Whoever starts it only waits for "started". Standard workflows
 * are billed per state transition (one per task state entered here), Express per request and
 * GB-second (64 MB, 100 ms steps).
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

export class StepFunctionsModel extends BaseModel {
  override readonly usage: Extract<Usage, { kind: 'step-functions' }>;
  readonly stats = { started: 0, succeeded: 0, failed: 0 };
  private readonly express: boolean;

  constructor(sim: SimPort, node: CompiledNode) {
    super(sim, node);
    this.express = readConfig(stepFunctions, node.config).workflowType === 'express';
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
    jobs.startAt[execution] = sim.now;
    sim.jobTimer(execution, sim.now + LATENCY_MS.stepFunctionsTransition, 0);
  }

  /** Enter the next state. */
  override jobTimer(execution: number): void {
    const sim = this.sim;
    const edge = this.node.out[sim.jobs.step[execution] as number];
    if (!this.express && (edge !== undefined || this.node.out.length === 0))
      this.usage.transitions++;
    if (edge === undefined) return this.complete(execution, true);
    const child = sim.spawn(execution, true);
    sim.jobs.aux[execution] = child;
    sim.dispatch(child, edge);
  }

  override reply(child: number, status: number): void {
    const sim = this.sim;
    const execution = sim.jobs.parent[child] as number;
    if (execution < 0) return;
    if (status !== ST_OK) return this.complete(execution, false);
    sim.jobs.step[execution] = (sim.jobs.step[execution] as number) + 1;
    sim.jobTimer(execution, sim.now + LATENCY_MS.stepFunctionsTransition, 0);
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
