/**
 * The engine's model of an Application Load Balancer: takes each HTTP request, spends its own
 * small latency (a model assumption, fields.ts), and forwards it round-robin over its target
 * groups (its connections: an AWS Fargate service or a Lambda function), then waits.
 *
 * How it answers itself (routing.ts; ALB User Guide, "Troubleshoot" — official):
 * - 503 when the chosen target group has no registered target (no connection, or a service
 *   with no task in service);
 * - 504 when the target has not answered within the idle timeout (the service's own 504s for
 *   requests that waited that long at a busy task come back as timeouts and count here too);
 * - 413 for a request body over 1 MB to a Lambda target.
 * The price (hours and LCU-hours) is measured over the run as one period (pricing.ts).
 */
import { readConfig } from '../../catalog/typed-config.ts';
import { type CompiledNode, K } from '../../sim/compile.ts';
import type { SimPort } from '../../sim/port.ts';
import { abandonWait } from '../../sim/jobs.ts';
import { BaseModel, ST_ERROR, ST_OK, ST_THROTTLED, ST_TIMEOUT } from '../../sim/model-base.ts';
import { HAPPENING } from '../../sim/trace.ts';
import { inheritStart } from '../../sim/token-class.ts';
import { lcuUsageFromTraffic } from './cost.ts';
import { lcusPerHour } from './lcu.ts';
import { alb } from './spec.ts';
import type { AlbUsage } from './pricing.ts';
import { admitToLambda } from './routing.ts';

/** What the load balancer reports beside the common service metrics. */
export interface LoadBalancerMetrics {
  unavailable503: number;
  timedOut504: number;
  tooLarge413: number;
}

const HOUR_MS = 3_600_000;

export class AlbModel extends BaseModel {
  override readonly usage: AlbUsage = { kind: 'alb', hours: 0, lcuHours: 0 };
  readonly stats = {
    requests: 0,
    answered: 0,
    failed: 0,
    unavailable503: 0,
    timedOut504: 0,
    /** The 504s it gave itself, at the idle timeout (the rest came back from the service). */
    idleTimeouts: 0,
    tooLarge413: 0,
  };
  private readonly overheadMs: number;
  private readonly idleMs: number;
  private readonly rules: number;
  private readonly lambdaTarget: boolean;
  private turn = 0;
  private payloadKb = 0;
  private responseMs = 0;

  constructor(sim: SimPort, node: CompiledNode) {
    super(sim, node);
    const c = readConfig(alb, node.config);
    this.overheadMs = c.overheadMs;
    this.idleMs = c.idleTimeoutSec * 1000;
    this.rules = c.rulesPerRequest;
    this.lambdaTarget = node.out.some(
      (e) => sim.model.nodes[sim.edgeTo[e] as number]?.code === K.lambda,
    );
  }

  override arrive(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const now = sim.now;
    this.stats.requests++;
    const kb = sim.roots.payloadKb[jobs.root[job] as number] ?? 1;
    this.payloadKb += kb;
    jobs.startAt[job] = now;
    const out = this.node.out;
    const edge = out.length > 0 ? (out[this.turn++ % out.length] as number) : -1;
    const to = edge >= 0 ? (sim.edgeTo[edge] as number) : -1;
    const group = to >= 0 ? sim.neighbour(to) : null;
    if (!group || group.registeredTargets?.() === 0) {
      this.stats.unavailable503++;
      return this.refuse(job, 503);
    }
    if (sim.model.nodes[to]?.code === K.lambda && admitToLambda(kb) !== null) {
      this.stats.tooLarge413++;
      return this.refuse(job, 413);
    }
    const child = sim.spawn(job, true);
    jobs.aux[job] = child;
    // A little after the target's own idle-timeout, so a request that waited that long at a
    // busy task is answered by the service (and counted once).
    const hops = 2 * (sim.model.edges[edge]?.hopMs ?? 0);
    sim.guardTimer(job, now + this.overheadMs + this.idleMs + hops + 1);
    sim.dispatch(child, edge, this.overheadMs);
  }

  override reply(child: number, status: number): void {
    const sim = this.sim;
    const job = sim.jobs.parent[child] as number;
    if (job < 0) return;
    sim.rearm(job);
    inheritStart(sim.jobs, child, job);
    if (status === ST_TIMEOUT) this.stats.timedOut504++;
    this.settle(job, status);
  }

  /** The idle timeout passed without an answer: 504; the target's late answer is ignored. */
  override guard(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    abandonWait(jobs, job);
    this.stats.timedOut504++;
    this.stats.idleTimeouts++;
    sim.count('errors');
    sim.trace?.happen(sim.now, HAPPENING.timeout, this.node.index, jobs.req[job] as number, 504);
    this.settle(job, ST_TIMEOUT);
  }

  /** The load balancer answers itself (its own latency is left out). */
  private refuse(job: number, code: 503 | 413): void {
    const sim = this.sim;
    sim.count('errors');
    sim.trace?.happen(sim.now, HAPPENING.error, this.node.index, sim.jobs.req[job] as number, code);
    sim.jobs.aux[job] = -1;
    this.settle(job, ST_ERROR);
  }

  private settle(job: number, status: number): void {
    const sim = this.sim;
    this.responseMs += sim.now - (sim.jobs.startAt[job] as number);
    if (status === ST_OK) this.stats.answered++;
    else if (status !== ST_THROTTLED) this.stats.failed++;
    sim.reply(job, status);
  }

  override sample(now: number): void {
    const hours = now / HOUR_MS;
    const requests = this.stats.requests;
    this.usage.hours = hours;
    if (now <= 0 || requests === 0) {
      this.usage.lcuHours = 0;
      return;
    }
    const lcu = lcuUsageFromTraffic({
      requestsPerSec: requests / (now / 1000),
      meanResponseMs: this.responseMs / requests,
      kbPerRequest: this.payloadKb / requests,
      rulesPerRequest: this.rules,
      lambdaTarget: this.lambdaTarget,
    });
    this.usage.lcuHours = lcusPerHour(lcu) * hours;
  }

  override finish(now: number): void {
    this.sample(now);
  }

  report(): LoadBalancerMetrics {
    const s = this.stats;
    return {
      unavailable503: s.unavailable503,
      timedOut504: s.timedOut504,
      tooLarge413: s.tooLarge413,
    };
  }
}
