/**
 * Kinesis: records spread over shards by a random partition key, read shard by shard by
 * consumers (streams.ts). A shard takes 1 MB/s or 1,000 records/s (shard-limits.ts); a write
 * above either is refused with ProvisionedThroughputExceeded and the producer sees an error
 * (a function's call fails). With a parallelization factor above 1 a shard is read by that many
 * batches at once, each key staying in one lane (shard-consumer.ts). An on-demand stream is
 * modelled as its starting capacity, four shards' worth, and billed per GB instead of per
 * shard-hour.
 */
import { readConfig, type ConfigOf } from '../../catalog/typed-config.ts';
import { K, type CompiledNode } from '../../sim/compile.ts';
import { CHUNK_KB, LATENCY_MS, STREAMS } from '../../sim/defaults.ts';
import { R_THROTTLED } from '../../sim/jobs.ts';
import { ST_OK, ST_THROTTLED } from '../../sim/model-base.ts';
import type { SimPort } from '../../sim/port.ts';
import { Rng, hashString } from '../../sim/rng.ts';
import { ServiceModel, type UsageOf } from '../../sim/service-model.ts';
import { StreamSet } from '../../sim/streams.ts';
import { HAPPENING } from '../../sim/trace.ts';
import { onDemandRecordKb } from './capacity-prices.ts';
import { laneOf } from './shard-consumer.ts';
import { effectiveShards, ShardWriteLimits } from './shard-limits.ts';
import { kinesis } from './spec.ts';

const HOUR_MS = 3_600_000;

export class KinesisModel extends ServiceModel {
  override readonly usage: UsageOf<'kinesis'>;
  readonly stream: StreamSet;
  readonly limits: ShardWriteLimits;
  private readonly config: ConfigOf<typeof kinesis>;
  private readonly shards: number;
  private readonly factor: number;
  /** Partition keys' lanes, drawn only when a shard has more than one lane. */
  private readonly keys: Rng;

  constructor(sim: SimPort, node: CompiledNode) {
    super(sim, node);
    const c = readConfig(kinesis, node.config);
    this.config = c;
    this.shards = effectiveShards(c.capacityMode, c.shards);
    this.factor = c.parallelizationFactor;
    this.limits = new ShardWriteLimits(this.shards);
    this.keys = new Rng(sim.model.seed, hashString(`${node.id}:partition-keys`));
    this.usage =
      c.capacityMode === 'on-demand'
        ? { kind: 'kinesis', shardHours: 0, putPayloadUnits: 0, streamHours: 0, kbIn: 0, kbOut: 0 }
        : { kind: 'kinesis', shardHours: 0, putPayloadUnits: 0 };
    const consumers = node.out.filter(
      (e) => sim.model.nodes[sim.model.edges[e]?.to ?? -1]?.code === K.lambda,
    );
    this.stream = new StreamSet(
      sim,
      node.index,
      consumers,
      this.shards * this.factor,
      c.batchSize,
      STREAMS.kinesisPollMs,
    );
  }

  private get onDemand(): boolean {
    return this.usage.streamHours !== undefined;
  }

  /** PUT payload units of one record (provisioned streams bill them per started 25 KB). */
  private putUnits(job: number): number {
    return this.onDemand ? 0 : Math.ceil(this.payloadKb(job) / CHUNK_KB.kinesis);
  }

  protected accept(job: number): number {
    this.usage.putPayloadUnits += this.putUnits(job);
    return LATENCY_MS.kinesisPut;
  }

  override jobTimer(job: number, _tag = 0): void {
    const sim = this.sim;
    // A random partition key spreads records evenly over the shards.
    const shard = Math.floor(this.rng.next() * this.shards);
    const kb = this.payloadKb(job);
    if (!this.limits.write(shard, kb, sim.now)) {
      this.usage.putPayloadUnits -= this.putUnits(job); // a refused write is not stored
      const root = sim.jobs.root[job] as number;
      if (root >= 0) sim.markRoot(root, R_THROTTLED);
      sim.count('throttles');
      sim.trace?.happen(sim.now, HAPPENING.throttled, this.node.index, sim.jobs.req[job] as number);
      return sim.reply(job, ST_THROTTLED);
    }
    if (this.onDemand) {
      const billed = onDemandRecordKb(kb);
      this.usage.kbIn = (this.usage.kbIn ?? 0) + billed;
      this.usage.kbOut = (this.usage.kbOut ?? 0) + billed * this.stream.consumers.length;
    }
    const lane = this.factor > 1 ? laneOf(shard, this.keys.nextUint32(), this.factor) : shard;
    this.stream.put(job, lane);
    sim.reply(job, ST_OK);
  }

  /** Writes refused with ProvisionedThroughputExceeded. */
  get shardThrottles(): number {
    return this.limits.totalExceeded;
  }

  override reply(child: number, status: number): void {
    this.stream.reply(child, status);
  }

  override nodeTimer(arg: number): void {
    this.stream.timer(arg);
  }

  override sample(now: number): void {
    if (this.onDemand) this.usage.streamHours = now / HOUR_MS;
    else this.usage.shardHours = (this.config.shards * now) / HOUR_MS;
  }
}
