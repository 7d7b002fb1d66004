/**
 * DynamoDB: reads and writes; with a stream, every write becomes a record that its consuming
 * functions read shard by shard (streams.ts), and Kinesis destinations receive it too.
 */
import { MONTH_MS } from '../../pricing/index.ts';
import { readConfig, type ConfigOf } from '../../catalog/typed-config.ts';
import { K, type CompiledNode } from '../../sim/compile.ts';
import { STREAMS } from '../../sim/defaults.ts';
import type { SimPort } from '../../sim/port.ts';
import { ServiceModel, type UsageOf } from '../../sim/service-model.ts';
import { StreamSet } from '../../sim/streams.ts';
import { dynamodb } from './spec.ts';

export class DynamoDbModel extends ServiceModel {
  override readonly usage: UsageOf<'dynamodb'> = {
    kind: 'dynamodb',
    writeUnits: 0,
    readUnits: 0,
    storageGb: 0,
  };
  readonly stream: StreamSet | null;
  private readonly config: ConfigOf<typeof dynamodb>;
  private readonly toKinesis: number[];
  readonly stats = { reads: 0, writes: 0 };

  constructor(sim: SimPort, node: CompiledNode) {
    super(sim, node);
    this.config = readConfig(dynamodb, node.config);
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

  protected accept(job: number): number {
    const itemKb = this.config.itemKb;
    if (this.variant(job) === 'read') {
      this.stats.reads++;
      this.usage.readUnits += Math.ceil(itemKb / 4);
    } else {
      this.stats.writes++;
      this.usage.writeUnits += Math.ceil(itemKb);
    }
    return this.config.latencyMs;
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
  }
}
