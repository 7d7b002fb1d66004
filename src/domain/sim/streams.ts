/**
 * Stream event sources (DynamoDB Streams, Kinesis): each consuming function reads every shard
 * in order, one batch at a time per shard. A batch that fails is retried — the same records,
 * in the same order — until it succeeds, and nothing behind it on that shard moves meanwhile
 * ("retry blocks the shard"). Every consumer sees every record.
 */
import { BatchStore } from './batches.ts';
import { IntQueue } from './buffers.ts';
import { STREAMS } from './defaults.ts';
import type { SimPort } from './port.ts';
import { F_BATCH, F_REPLY, F_RETRY } from './jobs.ts';
import { ST_OK } from './model-base.ts';
import { HAPPENING } from './trace.ts';
import type { QueueStats } from './report.ts';

interface Shard {
  records: IntQueue;
  busy: boolean;
  pollArmed: boolean;
  failures: number;
  batch: number;
  /** When each waiting record was put, in order (read from `head`): for the iterator age. */
  times: number[];
  head: number;
}

interface Consumer {
  edge: number;
  shards: Shard[];
}

/** Node-timer arguments: which consumer and shard, and whether it is a retry. */
const SHARD_BITS = 10;

export class StreamSet {
  readonly consumers: Consumer[];
  readonly gBacklog: number;
  readonly stats = { records: 0, delivered: 0, retries: 0 };
  /**
   * The oldest a record was when a consumer read it, ms: the highest iterator age of the run
   * (Lambda's IteratorAge metric is the age of the last record of a read batch; the model takes
   * the batch's oldest, the same when a shard is read in order).
   */
  maxIteratorAgeMs = 0;
  private readonly batches = new BatchStore();

  constructor(
    private readonly sim: SimPort,
    private readonly nodeIndex: number,
    consumerEdges: number[],
    shardCount: number,
    private readonly batchSize: number,
    private readonly pollMs: number,
  ) {
    const shards = () =>
      Array.from({ length: shardCount }, () => ({
        records: new IntQueue(),
        busy: false,
        pollArmed: false,
        failures: 0,
        batch: -1,
        times: [],
        head: 0,
      }));
    this.consumers = consumerEdges.map((edge) => ({ edge, shards: shards() }));
    this.gBacklog = sim.gauges.register();
  }

  /** A new record of `job`'s request lands on `shard`, for every consumer. */
  put(job: number, shard: number): void {
    const sim = this.sim;
    for (let c = 0; c < this.consumers.length; c++) {
      const s = (this.consumers[c] as Consumer).shards[shard] as Shard;
      const record = sim.derive(job, this.nodeIndex);
      s.records.push(record);
      s.times.push(sim.now);
      this.stats.records++;
      this.backlog(1);
      this.armPoll(c, shard, s);
    }
  }

  private armPoll(c: number, shard: number, s: Shard, immediate = false): void {
    if (s.busy || s.pollArmed || s.records.length === 0) return;
    s.pollArmed = true;
    // An idle poller looks on a fixed beat; after a batch it reads on at once if records wait.
    const at = immediate ? this.sim.now : Math.ceil(this.sim.now / this.pollMs) * this.pollMs;
    this.sim.nodeTimer(this.nodeIndex, at, ((c << SHARD_BITS) | shard) << 1);
  }

  /** Node timer: poll a shard (even arg) or retry its failed batch (odd arg). */
  timer(arg: number): void {
    const retry = (arg & 1) === 1;
    const c = arg >> (SHARD_BITS + 1);
    const shard = (arg >> 1) & ((1 << SHARD_BITS) - 1);
    const s = this.consumers[c]?.shards[shard];
    if (!s) return;
    if (retry) return this.send(c, shard, s, true);
    s.pollArmed = false;
    if (s.busy || s.records.length === 0) return;
    const list: number[] = [];
    while (list.length < this.batchSize && s.records.length > 0) list.push(s.records.shift());
    const age = this.sim.now - (s.times[s.head] as number);
    if (age > this.maxIteratorAgeMs) this.maxIteratorAgeMs = age;
    s.head += list.length;
    if (s.head > 1024 && s.head * 2 > s.times.length) {
      s.times = s.times.slice(s.head);
      s.head = 0;
    }
    s.batch = this.batches.add(list);
    s.busy = true;
    this.send(c, shard, s, false);
  }

  private send(c: number, shard: number, s: Shard, retry: boolean): void {
    const sim = this.sim;
    const list = this.batches.get(s.batch);
    const batch = sim.derive(list[0] ?? -1, this.nodeIndex, true);
    for (const record of list)
      sim.jobs.depth[batch] = Math.max(
        sim.jobs.depth[batch] as number,
        sim.jobs.depth[record] as number,
      );
    sim.jobs.flags[batch] = F_REPLY | F_BATCH | (retry ? F_RETRY : 0);
    sim.jobs.items[batch] = list.length;
    sim.jobs.ref[batch] = (c << SHARD_BITS) | shard;
    sim.dispatch(batch, (this.consumers[c] as Consumer).edge);
  }

  /** The consuming function answered for a batch. */
  reply(child: number, status: number): void {
    const sim = this.sim;
    const ref = sim.jobs.ref[child] as number;
    const c = ref >> SHARD_BITS;
    const shard = ref & ((1 << SHARD_BITS) - 1);
    const s = this.consumers[c]?.shards[shard];
    if (!s) return;
    if (status !== ST_OK) {
      s.failures++;
      this.stats.retries++;
      const delay = Math.min(STREAMS.retryMaxMs, STREAMS.retryFirstMs * 2 ** (s.failures - 1));
      sim.trace?.happen(
        sim.now,
        HAPPENING.retried,
        this.nodeIndex,
        sim.jobs.req[child] as number,
        s.failures,
      );
      sim.nodeTimer(this.nodeIndex, sim.now + delay, (((c << SHARD_BITS) | shard) << 1) | 1);
      return;
    }
    const list = this.batches.get(s.batch);
    for (const record of list) sim.freeJob(record);
    this.stats.delivered += list.length;
    this.backlog(-list.length);
    this.batches.release(s.batch);
    s.batch = -1;
    s.busy = false;
    s.failures = 0;
    this.armPoll(c, shard, s, true);
  }

  private backlog(delta: number): void {
    const sim = this.sim;
    sim.gauges.add(this.gBacklog, delta, sim.now);
    sim.trace?.happen(
      sim.now,
      HAPPENING.queueDepth,
      this.nodeIndex,
      -1,
      sim.gauges.level(this.gBacklog),
    );
  }
}

/** A stream's counts as a queue reports them (records received, processed, batch retries). */
export function streamStats(s: StreamSet): QueueStats {
  return {
    received: s.stats.records,
    delivered: s.stats.delivered,
    deadLettered: 0,
    retries: s.stats.retries,
  };
}
