/**
 * DynamoDB: reads and writes; with a stream, every write becomes a record that its consuming
 * functions read shard by shard (streams.ts), and Kinesis destinations receive it too.
 *
 * On-demand (the default) serves every request and bills request units. A provisioned table
 * (capacity.ts) serves its RCU/WCU a second plus the burst it saved; a request that finds
 * neither is throttled. A throttled call from a function is retried by the function's SDK
 * after a jittered back-off (sdk-retries.ts): the function waits, and sees an error only when
 * every attempt was throttled. Other callers see the throttle at once.
 */
import { MONTH_MS } from '../../pricing/index.ts';
import { readConfig, type ConfigOf } from '../../catalog/typed-config.ts';
import { K, type CompiledNode } from '../../sim/compile.ts';
import { LATENCY_MS, STREAMS } from '../../sim/defaults.ts';
import { ST_OK, ST_THROTTLED } from '../../sim/model-base.ts';
import type { SimPort } from '../../sim/port.ts';
import { ServiceModel, type UsageOf } from '../../sim/service-model.ts';
import { StreamSet } from '../../sim/streams.ts';
import { HAPPENING } from '../../sim/trace.ts';
import { ProvisionedCapacity, readUnits, writeUnits } from './capacity.ts';
import { sdkRetries, sdkRetryDelayMs } from './sdk-retries.ts';
import { dynamodb } from './spec.ts';

const TAG_DONE = 0;
const TAG_SDK_RETRY = 1;
const HOUR_MS = 3_600_000;

/** A provisioned table's two capacities, and what the run made of them. */
export interface TableCapacity {
  read: ProvisionedCapacity;
  write: ProvisionedCapacity;
  /** Units actually served (after rounding by item size). */
  consumedRead: number;
  consumedWrite: number;
}

export class DynamoDbModel extends ServiceModel {
  override readonly usage: UsageOf<'dynamodb'>;
  readonly stream: StreamSet | null;
  private readonly config: ConfigOf<typeof dynamodb>;
  private readonly toKinesis: number[];
  readonly stats = { reads: 0, writes: 0, sdkRetries: 0, failed: 0 };
  /** Null for an on-demand table. */
  readonly capacity: TableCapacity | null;
  /** Attempts made so far by calls waiting for an SDK retry, by job. */
  private readonly attempts = new Map<number, number>();

  constructor(sim: SimPort, node: CompiledNode) {
    super(sim, node);
    this.config = readConfig(dynamodb, node.config);
    const provisioned = this.config.capacityMode === 'provisioned';
    this.usage = {
      kind: 'dynamodb',
      writeUnits: 0,
      readUnits: 0,
      storageGb: 0,
      ...(provisioned ? { wcuHours: 0, rcuHours: 0 } : {}),
    };
    this.capacity = provisioned
      ? {
          read: new ProvisionedCapacity(this.config.readCapacity),
          write: new ProvisionedCapacity(this.config.writeCapacity),
          consumedRead: 0,
          consumedWrite: 0,
        }
      : null;
    const out = node.out.map((e) => sim.model.edges[e]).filter((e) => e !== undefined);
    const consumers = out
      .filter((e) => sim.model.nodes[e.to]?.code === K.lambda)
      .map((e) => e.index);
    this.toKinesis = out
      .filter((e) => sim.model.nodes[e.to]?.code === K.kinesis)
      .map((e) => e.index);
    // A stream consumer or destination on the canvas implies the stream is on.
    const streaming = this.config.stream || out.length > 0;
    this.stream = streaming
      ? new StreamSet(
          sim,
          node.index,
          consumers,
          STREAMS.dynamodbShards,
          STREAMS.dynamodbBatchSize,
          STREAMS.dynamodbPollMs,
        )
      : null;
  }

  /** Read or write units of one request to this table (item size rounded up). */
  private units(read: boolean): number {
    const c = this.config;
    return read ? readUnits(c.itemKb, c.readConsistency) : writeUnits(c.itemKb);
  }

  protected accept(job: number): number {
    const read = this.variant(job) === 'read';
    if (read) {
      this.stats.reads++;
      this.usage.readUnits += this.units(true);
    } else {
      this.stats.writes++;
      this.usage.writeUnits += this.units(false);
    }
    return this.config.latencyMs;
  }

  override arrive(job: number): void {
    if (!this.capacity) return super.arrive(job);
    this.handled++;
    this.attempt(job, 1);
  }

  /** Attempt `n` of a call to a provisioned table: served, retried by the SDK, or refused. */
  private attempt(job: number, n: number): void {
    const sim = this.sim;
    const cap = this.capacity as TableCapacity;
    const read = this.variant(job) === 'read';
    const units = this.units(read);
    if ((read ? cap.read : cap.write).consume(units, sim.now)) {
      this.attempts.delete(job);
      if (read) {
        this.stats.reads++;
        cap.consumedRead += units;
      } else {
        this.stats.writes++;
        cap.consumedWrite += units;
      }
      const at = sim.now + this.rng.aroundMean(this.config.latencyMs, LATENCY_MS.sigma);
      return sim.jobTimer(job, at, TAG_DONE);
    }
    sim.count('throttles');
    const req = sim.jobs.req[job] as number;
    sim.trace?.happen(sim.now, HAPPENING.throttled, this.node.index, req);
    if (this.fromFunction(job) && sdkRetries(n)) {
      this.stats.sdkRetries++;
      this.attempts.set(job, n + 1);
      sim.trace?.happen(sim.now, HAPPENING.retried, this.node.index, req, n + 1);
      return sim.jobTimer(job, sim.now + sdkRetryDelayMs(n, this.rng.next()), TAG_SDK_RETRY);
    }
    this.attempts.delete(job);
    this.stats.failed++;
    sim.reply(job, ST_THROTTLED);
  }

  /** Whether `job` is a call made by a function (whose SDK retries throttles). */
  private fromFunction(job: number): boolean {
    const edge = this.sim.model.edges[this.sim.jobs.edge[job] as number];
    return edge !== undefined && this.sim.model.nodes[edge.from]?.code === K.lambda;
  }

  override jobTimer(job: number, tag: number): void {
    if (tag === TAG_SDK_RETRY) return this.attempt(job, this.attempts.get(job) ?? 2);
    this.done(job);
    this.sim.reply(job, ST_OK);
  }

  /** Requests refused for want of capacity (every throttled attempt counts). */
  get throttles(): number {
    return this.capacity ? this.capacity.read.throttled + this.capacity.write.throttled : 0;
  }

  protected override done(job: number): void {
    if (this.variant(job) === 'read' || !this.stream) return;
    this.stream.put(job, 0);
    this.fanOut(job, 0, this.toKinesis);
  }

  override reply(child: number, status: number): void {
    this.stream?.reply(child, status);
  }

  override nodeTimer(arg: number): void {
    this.stream?.timer(arg);
  }

  override sample(now: number): void {
    this.usage.storageGb = (this.config.storageGb * now) / MONTH_MS;
    if (this.usage.wcuHours !== undefined) {
      this.usage.wcuHours = (this.config.writeCapacity * now) / HOUR_MS;
      this.usage.rcuHours = (this.config.readCapacity * now) / HOUR_MS;
    }
  }
}
