/** Kinesis: records spread over shards by a random partition key, read shard by shard by consumers (streams.ts). */
import { readConfig } from '../../catalog/typed-config.ts';
import { K, type CompiledNode } from '../../sim/compile.ts';
import { CHUNK_KB, LATENCY_MS, STREAMS } from '../../sim/defaults.ts';
import type { SimPort } from '../../sim/port.ts';
import { ServiceModel, type UsageOf } from '../../sim/service-model.ts';
import { StreamSet } from '../../sim/streams.ts';
import { kinesis } from './spec.ts';

export class KinesisModel extends ServiceModel {
  override readonly usage: UsageOf<'kinesis'> = {
    kind: 'kinesis',
    shardHours: 0,
    putPayloadUnits: 0,
  };
  readonly stream: StreamSet;
  private readonly shards: number;

  constructor(sim: SimPort, node: CompiledNode) {
    super(sim, node);
    const c = readConfig(kinesis, node.config);
    this.shards = c.shards;
    const consumers = node.out.filter(
      (e) => sim.model.nodes[sim.model.edges[e]?.to ?? -1]?.code === K.lambda,
    );
    this.stream = new StreamSet(
      sim,
      node.index,
      consumers,
      this.shards,
      c.batchSize,
      STREAMS.kinesisPollMs,
    );
  }

  protected accept(job: number): number {
    this.usage.putPayloadUnits += Math.ceil(this.payloadKb(job) / CHUNK_KB.kinesis);
    return LATENCY_MS.kinesisPut;
  }

  protected override done(job: number): void {
    // A random partition key spreads records evenly over the shards.
    this.stream.put(job, Math.floor(this.rng.next() * this.shards));
  }

  override reply(child: number, status: number): void {
    this.stream.reply(child, status);
  }

  override nodeTimer(arg: number): void {
    this.stream.timer(arg);
  }

  override sample(now: number): void {
    this.usage.shardHours = (this.shards * now) / 3_600_000;
  }
}
