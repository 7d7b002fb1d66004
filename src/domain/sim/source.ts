/**
 * Event sources: HTTP clients, file uploads, custom events and schedules. Each arrival is a new
 * request. HTTP clients call one endpoint per request (round-robin over their connections) and
 * wait for the answer — that wait is the end-to-end latency. The other sources hand each event
 * to every connection and move on.
 */
import type { Usage } from '../pricing/usage.ts';
import { Arrivals } from './arrivals.ts';
import { readConfig } from '../catalog/typed-config.ts';
import { schedule } from '../kinds/schedule/spec.ts';
import { K, type CompiledNode } from './compile.ts';
import { DEFAULT_PAYLOAD_KB } from './defaults.ts';
import type { SimPort } from './port.ts';
import { F_REPLY, R_FAILED, R_THROTTLED } from './jobs.ts';
import { BaseModel, ST_OK, ST_THROTTLED } from './model-base.ts';
import { Rng, hashString } from './rng.ts';
import { scheduleTimes } from './schedule-times.ts';
import type { ReportSink } from './report.ts';

export class SourceModel extends BaseModel {
  /** Only schedules are priced (as EventBridge Scheduler invocations). */
  override usage: Extract<Usage, { kind: 'eventbridge' }> | null = null;
  /** Answers seen by HTTP clients. */
  readonly responses = { ok: 0, throttled: 0, errors: 0 };
  private readonly rng: Rng;
  private readonly arrivals: Arrivals | null = null;
  private readonly times: number[] = [];
  private timeIndex = 0;
  private readonly payloadKb: number;
  private readonly waits: boolean;
  private turn = 0;

  constructor(sim: SimPort, node: CompiledNode) {
    super(sim, node);
    this.rng = new Rng(sim.model.seed, hashString(node.id));
    this.waits = node.code === K.http;
    this.payloadKb = node.traffic?.payloadKb ?? DEFAULT_PAYLOAD_KB;
    let first = Infinity;
    if (node.code === K.schedule) {
      // EventBridge Scheduler bills each invocation; price it as such.
      this.usage = { kind: 'eventbridge', events: 0, schedulerInvocations: 0 };
      this.times = scheduleTimes(readConfig(schedule, node.config).expression, sim.endMs);
      first = this.times[0] ?? Infinity;
    } else if (node.traffic) {
      this.arrivals = new Arrivals(node.traffic, sim.endMs);
      first = this.arrivals.next(0, this.rng);
    }
    if (first < sim.endMs) sim.nodeTimer(node.index, first, 0);
  }

  override nodeTimer(): void {
    const sim = this.sim;
    const out = this.node.out;
    const root = sim.newRoot(this.node.index, this.payloadKb);
    const req = sim.roots.req[root] as number;
    if (this.usage) this.usage.schedulerInvocations++;
    if (this.waits && out.length > 0) {
      // The client is not a job of its own: the answer to this request's job is the response.
      const job = sim.newJob(root, req, -1);
      sim.jobs.flags[job] = F_REPLY;
      sim.dispatch(job, out[this.turn++ % out.length] as number);
    } else {
      const job = sim.newJob(root, req, this.node.index);
      for (const edge of out) sim.send(job, edge, false);
      sim.freeJob(job);
    }
    const next = this.arrivals
      ? this.arrivals.next(sim.now, this.rng)
      : (this.times[++this.timeIndex] ?? Infinity);
    if (next < sim.endMs) sim.nodeTimer(this.node.index, next, 0);
  }

  override reply(job: number, status: number): void {
    const sim = this.sim;
    const root = sim.jobs.root[job] as number;
    sim.latency.record(sim.now - (sim.roots.bornAt[root] as number));
    if (status === ST_OK) this.responses.ok++;
    else if (status === ST_THROTTLED) {
      this.responses.throttled++;
      sim.markRoot(root, R_THROTTLED);
    } else {
      this.responses.errors++;
      sim.markRoot(root, R_FAILED);
    }
  }
}

/** Sources report only how their synchronous requests were answered (HTTP clients). */
export function reportSource(m: SourceModel, out: ReportSink): void {
  out.responses(m.responses);
}
