/**
 * Managed services that take a request, spend their latency, answer, and pass events on:
 * S3 (put → notifications), SNS (fan-out to every subscriber), EventBridge (rule matching).
 * DynamoDB and Kinesis, which also feed streams, are in stores.ts. Latencies are model
 * assumptions (defaults.ts), drawn log-normally around their mean.
 */
import { MONTH_MS, type Usage } from '../pricing/index.ts';
import { K, num, type CompiledNode } from './compile.ts';
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

  override jobTimer(job: number): void {
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

export class S3Model extends ServiceModel {
  override readonly usage: UsageOf<'s3'> = {
    kind: 's3',
    putRequests: 0,
    getRequests: 0,
    storageGb: 0,
  };

  protected accept(job: number): number {
    if (this.variant(job) === 'get') {
      this.usage.getRequests++;
      return LATENCY_MS.s3Get;
    }
    this.usage.putRequests++;
    return LATENCY_MS.s3Put;
  }

  protected override done(job: number): void {
    if (this.variant(job) !== 'get') this.fanOut(job, LATENCY_MS.s3Notify);
  }

  override sample(now: number): void {
    this.usage.storageGb = (num(this.node.config, 'storageGb', 0) * now) / MONTH_MS;
  }
}

export class SnsModel extends ServiceModel {
  override readonly usage: UsageOf<'sns'> = {
    kind: 'sns',
    publishes: 0,
    payloadKb: 0,
    httpDeliveries: 0,
  };
  private payloadSum = 0;

  protected accept(job: number): number {
    this.usage.publishes++;
    this.payloadSum += this.payloadKb(job);
    this.usage.payloadKb = this.payloadSum / this.usage.publishes;
    return LATENCY_MS.snsPublish;
  }

  protected override done(job: number): void {
    this.fanOut(job, LATENCY_MS.snsDeliver);
  }
}

export class EventBridgeModel extends ServiceModel {
  override readonly usage: UsageOf<'eventbridge'> = {
    kind: 'eventbridge',
    events: 0,
    schedulerInvocations: 0,
  };
  readonly stats = { matched: 0, unmatched: 0 };

  protected accept(job: number): number {
    // Events from AWS services (S3 here) on the default bus are free; custom events are billed.
    const from = this.sim.model.edges[this.sim.jobs.edge[job] as number]?.from ?? -1;
    if (this.sim.model.nodes[from]?.code !== K.s3) this.usage.events++;
    return LATENCY_MS.eventBridgePut;
  }

  protected override done(job: number): void {
    if (this.rng.chance(num(this.node.config, 'matchPercent', 100) / 100)) {
      this.stats.matched++;
      this.fanOut(job, LATENCY_MS.eventBridgeDeliver);
    } else this.stats.unmatched++;
  }
}
