/**
 * What managed services share: take a request, spend their latency, answer, and pass events on.
 * S3, SNS, EventBridge, DynamoDB and Kinesis extend it (kinds/<id>/model.ts). Latencies are
 * model assumptions (defaults.ts), drawn log-normally around their mean.
 */
import type { Usage } from '../pricing/index.ts';
import type { CompiledNode } from './compile.ts';
import { LATENCY_MS } from './defaults.ts';
import type { SimPort } from './port.ts';
import { BaseModel, ST_OK } from './model-base.ts';
import { Rng, hashString } from './rng.ts';

export type UsageOf<T extends Usage['kind']> = Extract<Usage, { kind: T }>;

/** Accept → wait the service's latency → done (answer the caller, pass events on). */
export abstract class ServiceModel extends BaseModel {
  protected readonly rng: Rng;
  handled = 0;

  constructor(sim: SimPort, node: CompiledNode) {
    super(sim, node);
    this.rng = new Rng(sim.model.seed, hashString(node.id));
  }

  override arrive(job: number): void {
    this.handled++;
    const latency = this.accept(job);
    this.sim.jobTimer(job, this.sim.now + this.rng.aroundMean(latency, LATENCY_MS.sigma), 0);
  }

  override jobTimer(job: number, _tag = 0): void {
    this.done(job);
    this.sim.reply(job, ST_OK);
  }

  /** Counts usage; returns the mean latency of this request. */
  protected abstract accept(job: number): number;
  protected done(_job: number): void {}

  protected variant(job: number): string {
    return this.sim.model.edges[this.sim.jobs.edge[job] as number]?.variant ?? '';
  }

  protected payloadKb(job: number): number {
    const root = this.sim.jobs.root[job] as number;
    return root >= 0 ? (this.sim.roots.payloadKb[root] as number) : 1;
  }

  /** Sends an event of `job`'s request to every outgoing connection (nobody waits). */
  protected fanOut(job: number, delayMs: number, edges = this.node.out): void {
    for (const edge of edges) this.sim.send(job, edge, false, delayMs);
  }
}
