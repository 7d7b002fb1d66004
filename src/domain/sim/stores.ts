/**
 * Data stores that feed streams: DynamoDB (reads and writes; with a stream, every write becomes
 * a record) and Kinesis (records spread over shards). Their consuming functions read the
 * stream shard by shard (streams.ts).
 */
import { MONTH_MS } from '../pricing/index.ts';
import { K, num, type CompiledNode } from './compile.ts';
import { CHUNK_KB, LATENCY_MS, STREAMS } from './defaults.ts';
import type { SimPort } from './port.ts';
import { ServiceModel, type UsageOf } from './services.ts';
import { StreamSet } from './streams.ts';

export class DynamoDbModel extends ServiceModel {
  override readonly usage: UsageOf<'dynamodb'> = {
    kind: 'dynamodb',
    writeUnits: 0,
    readUnits: 0,
    storageGb: 0,
  };
  readonly stream: StreamSet | null;
  private readonly toKinesis: number[];
  readonly stats = { reads: 0, writes: 0 };

  constructor(sim: SimPort, node: CompiledNode) {
    super(sim, node);
    const out = node.out.map((e) => sim.model.edges[e]).filter((e) => e !== undefined);
    const consumers = out
      .filter((e) => sim.model.nodes[e.to]?.code === K.lambda)
      .map((e) => e.index);
    this.toKinesis = out
      .filter((e) => sim.model.nodes[e.to]?.code === K.kinesis)
      .map((e) => e.index);
    // A stream consumer or destination on the canvas implies the stream is on.
    const streaming = node.config.stream === true || out.length > 0;
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

  protected accept(job: number): number {
    const itemKb = num(this.node.config, 'itemKb', 1);
    if (this.variant(job) === 'read') {
      this.stats.reads++;
      this.usage.readUnits += Math.ceil(itemKb / 4);
    } else {
      this.stats.writes++;
      this.usage.writeUnits += Math.ceil(itemKb);
    }
    return num(this.node.config, 'latencyMs', 6);
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
    this.usage.storageGb = (num(this.node.config, 'storageGb', 0) * now) / MONTH_MS;
  }
}

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
    this.shards = num(node.config, 'shards', 1);
    const consumers = node.out.filter(
      (e) => sim.model.nodes[sim.model.edges[e]?.to ?? -1]?.code === K.lambda,
    );
    this.stream = new StreamSet(
      sim,
      node.index,
      consumers,
      this.shards,
      num(node.config, 'batchSize', 100),
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
