/**
 * SQS: a queue whose depth rises and falls. Functions read it through event source mappings
 * (pollers.ts). A received message is hidden for the visibility timeout; when its batch
 * fails (function error, or throttles until the timeout runs out) it becomes visible again at
 * the end of that timeout, and a message received `maxReceiveCount` times moves to the
 * dead-letter queue instead (when there is one). A queue nobody polls just fills up.
 *
 * At-least-once made visible (visibility.ts): when a batch is still running at the end of its
 * visibility timeout, its messages become visible again and are delivered a second time while
 * the first run goes on. The message then lives on in its new copy (a job of the same request);
 * the first run's job is a ghost whose end changes nothing in the queue. Model assumption: the
 * first run's DeleteMessage with its stale receipt handle does not remove the second copy.
 *
 * FIFO queues (fifo-groups.ts, fifo-limits.ts for the sources): each stored message gets the
 * next sequence number and a message group; one batch per group is in flight and a failed
 * batch blocks its group until it succeeds or its messages reach the dead-letter queue.
 * Sends above the per-second cap are refused (ThrottlingException); a send whose request
 * already sent a message in the last 5 minutes is accepted and dropped (deduplicated).
 * Model assumptions: the group is drawn at random among `messageGroups`; a FIFO batch is not
 * delivered twice past its visibility timeout (the ghost mechanism is for standard queues);
 * the deduplication ID is the request's (content-based: same body; explicit: the sender's
 * ID, which the model takes to be the same when it sends again).
 */
import type { Usage } from '../../pricing/index.ts';
import { BatchStore } from '../../sim/batches.ts';
import { IntQueue } from '../../sim/buffers.ts';
import { readConfig } from '../../catalog/typed-config.ts';
import { K, type CompiledNode } from '../../sim/compile.ts';
import { sqs } from './spec.ts';
import { lambda } from '../lambda/spec.ts';
import { CHUNK_KB, LATENCY_MS, SQS_POLLERS } from '../../sim/defaults.ts';
import type { SimPort } from '../../sim/port.ts';
import { F_REPLY, R_DEAD, R_THROTTLED } from '../../sim/jobs.ts';
import { BaseModel, ST_OK, ST_THROTTLED } from '../../sim/model-base.ts';
import { Rng, hashString } from '../../sim/rng.ts';
import { Pollers } from './pollers.ts';
import { HAPPENING } from '../../sim/trace.ts';
import { FifoGroups } from './fifo-groups.ts';
import { DedupWindow, fifoMessagesPerSecond, PerSecondCap } from './fifo-limits.ts';

/** Node-timer kinds, in the low two bits of the argument. */
const T_WINDOW = 0;
const T_VISIBLE = 1;
const T_REINVOKE = 2;
const T_EXPIRE = 3;
/**
 * A batch is checked at the end of its visibility timeout only when its invocation could still
 * be running then: started later than (timeout − function timeout − this margin, for the hops
 * and the answer on its way back; model assumption).
 */
const EXPIRE_MARGIN_MS = 1000;

export class SqsModel extends BaseModel {
  override readonly usage: Extract<Usage, { kind: 'sqs' }>;
  readonly stats = {
    received: 0,
    delivered: 0,
    deadLettered: 0,
    redelivered: 0,
    emptyReceives: 0,
    duplicatesDelivered: 0,
    /** FIFO: batches held back because their group had a batch in flight. */
    fifoGroupWaits: 0,
    /** FIFO: time groups spent blocked behind a failed batch, ms (summed over groups). */
    blockedGroupMs: 0,
    /** FIFO: sends dropped as duplicates within the 5-minute deduplication window. */
    deduplicated: 0,
    /** FIFO: sends refused above the queue's per-second cap (ThrottlingException). */
    sendThrottled: 0,
  };
  readonly fifo: FifoGroups | null;
  readonly batchGroup: number[] = [];
  private readonly groups: number;
  private readonly resend: number;
  private readonly sendCap: PerSecondCap | null;
  private readonly dedup = new DedupWindow();
  /** Per message job of a FIFO queue: its sequence number × 1024 + group. */
  private readonly seqGroup: number[] = [];
  private seq = 0;
  /** Per FIFO group: since when it is blocked behind a failed batch. */
  private readonly blockedSince = new Map<number, number>();
  readonly gDepth: number;
  readonly ready = new IntQueue();
  readonly batches = new BatchStore();
  readonly batchSize: number;
  readonly windowMs: number;
  readonly visibilityMs: number;
  private readonly pollers: Pollers[];
  private readonly rng: Rng;
  private readonly maxReceives: number;
  private readonly dlqEdge: number;
  private readonly dlq: boolean;
  private idleAt = 0;
  /** Per batch id: 1 while its invocation is on its way or running. */
  private readonly inFlight: number[] = [];
  /** Per batch id: when its armed visibility check fires (−1: none). */
  private readonly expireAt: number[] = [];
  /** Message jobs whose message moved on to a second delivery (their end changes nothing). */
  private readonly ghosts = new Set<number>();
  /** Second deliveries waiting in the queue, counted when a poller takes them. */
  private readonly seconds = new Set<number>();

  constructor(sim: SimPort, node: CompiledNode) {
    super(sim, node);
    const c = readConfig(sqs, node.config);
    this.rng = new Rng(sim.model.seed, hashString(node.id));
    this.usage = {
      kind: 'sqs',
      queueType: c.queueType,
      requests: 0,
    };
    this.batchSize = c.batchSize;
    const fifo = c.queueType === 'fifo';
    this.fifo = fifo ? new FifoGroups() : null;
    this.groups = c.messageGroups;
    this.resend = fifo ? c.resendPercent / 100 : 0;
    this.sendCap = fifo ? new PerSecondCap(fifoMessagesPerSecond(c.highThroughput)) : null;
    // Lambda offers no batch window for FIFO queues.
    this.windowMs = fifo ? 0 : c.batchWindowSec * 1000;
    this.visibilityMs = c.visibilityTimeoutSec * 1000;
    this.maxReceives = c.maxReceiveCount;
    const out = node.out.map((e) => sim.model.edges[e]).filter((e) => e !== undefined);
    this.dlqEdge = out.find((e) => e.variant === 'dlq')?.index ?? -1;
    this.dlq = c.deadLetterQueue === true || this.dlqEdge >= 0;
    const max = Math.min(SQS_POLLERS.max, c.maxConcurrency ?? SQS_POLLERS.max);
    // Worker tasks (AWS Fargate) receive only while they have free slots (kinds/fargate/model.ts).
    const room = (to: number) => () => sim.neighbour(to).batchRoom?.(this.batchSize) ?? 0;
    this.pollers = out
      .filter(
        (e) =>
          sim.model.nodes[e.to]?.code === K.lambda || sim.model.nodes[e.to]?.code === K.fargate,
      )
      .map((e, i) => {
        const to = sim.model.nodes[e.to];
        if (to?.code === K.fargate)
          // Worker tasks have no run limit of their own (a task works on a message for as long
          // as it takes), so every batch is checked at the end of its visibility timeout: one
          // still being worked on is delivered again, as with a function (duplicates.test.ts).
          return new Pollers(this, sim, i, e.index, max, Infinity, room(e.to));
        const fn = readConfig(lambda, to?.config ?? {});
        return new Pollers(this, sim, i, e.index, max, fn.timeoutSec * 1000);
      });
    this.gDepth = sim.gauges.register();
  }

  override arrive(job: number): void {
    const kb = this.sim.roots.payloadKb[this.sim.jobs.root[job] as number] ?? 1;
    this.usage.requests += Math.max(1, Math.ceil(kb / CHUNK_KB.sqs));
    this.sim.jobTimer(
      job,
      this.sim.now + this.rng.aroundMean(LATENCY_MS.sqsSend, LATENCY_MS.sigma),
      0,
    );
  }

  /** SendMessage done: the message is stored (a new job if the sender waits for the answer). */
  override jobTimer(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    let message = job;
    if ((jobs.flags[job] as number) & F_REPLY) {
      message = sim.derive(job, this.node.index);
      sim.reply(job, ST_OK);
    }
    jobs.attempt[message] = 0;
    jobs.flags[message] = 0;
    if (this.fifo) return this.storeFifo(this.fifo, job, message);
    this.stats.received++;
    this.ready.push(message);
    this.depth(1);
    this.pump();
  }

  /** Messages waiting to be received. */
  get waiting(): number {
    return this.fifo ? this.fifo.length : this.ready.length;
  }

  /**
   * FIFO SendMessage: refused above the per-second cap, dropped when its deduplication ID was
   * seen in the last 5 minutes, else stored at the tail of its group with the next sequence
   * number. A sender's resend (its first answer lost) is one more call, always deduplicated.
   */
  private storeFifo(fifo: FifoGroups, job: number, message: number): void {
    const sim = this.sim;
    const req = sim.jobs.req[message] as number;
    const cap = this.sendCap as PerSecondCap;
    if (!cap.take(sim.now)) {
      this.stats.sendThrottled++;
      sim.trace?.happen(sim.now, HAPPENING.throttled, this.node.index, req);
      sim.markRoot(sim.jobs.root[message] as number, R_THROTTLED);
      if (message === job) sim.reply(message, ST_THROTTLED);
      else sim.freeJob(message);
      return;
    }
    const id = String(req);
    if (!this.dedup.accept(id, sim.now)) {
      this.deduplicated(req);
      sim.freeJob(message);
      return;
    }
    if (this.resend > 0 && this.rng.chance(this.resend)) {
      this.usage.requests++; // the resend is a call too
      if (!this.dedup.accept(id, sim.now)) this.deduplicated(req);
    }
    const group = Math.floor(this.rng.next() * this.groups);
    this.seqGroup[message] = this.seq++ * 1024 + group;
    this.stats.received++;
    fifo.push(group, message);
    this.depth(1);
    this.pump();
  }

  private deduplicated(req: number): void {
    this.stats.deduplicated++;
    this.sim.trace?.happen(this.sim.now, HAPPENING.deduplicated, this.node.index, req);
  }

  /** A FIFO group's batch ended: count a group wait when messages waited behind it. */
  private groupReleased(group: number, waitsBefore: number): void {
    const fifo = this.fifo as FifoGroups;
    if (fifo.groupWaits === waitsBefore) return;
    this.stats.fifoGroupWaits = fifo.groupWaits;
    this.sim.trace?.happen(this.sim.now, HAPPENING.fifoGroupWait, this.node.index, -1, group);
  }

  /** Blocked-group time up to the end of the run, groups still blocked included, ms. */
  blockedMsAtEnd(): number {
    let ms = this.stats.blockedGroupMs;
    for (const since of this.blockedSince.values()) ms += this.sim.endMs - since;
    return ms;
  }

  /** A FIFO group is no longer blocked behind a failed batch. */
  private unblock(group: number): void {
    const since = this.blockedSince.get(group);
    if (since === undefined) return;
    this.stats.blockedGroupMs += this.sim.now - since;
    this.blockedSince.delete(group);
  }

  invoked(id: number, runLimitMs: number): void {
    const sim = this.sim;
    this.inFlight[id] = 1;
    if (this.fifo) return;
    const at = (this.batches.receivedAt[id] ?? 0) + this.visibilityMs;
    if (this.expireAt[id] === at || sim.now + runLimitMs + EXPIRE_MARGIN_MS <= at) return;
    this.expireAt[id] = at;
    sim.nodeTimer(this.node.index, at, (id << 2) | T_EXPIRE);
  }

  taken(message: number): void {
    if (this.fifo) {
      this.sim.trace?.happen(
        this.sim.now,
        HAPPENING.fifoReceived,
        this.node.index,
        this.sim.jobs.req[message] as number,
        this.seqGroup[message] as number,
      );
      return;
    }
    if (this.seconds.size === 0 || !this.seconds.delete(message)) return;
    const sim = this.sim;
    this.stats.duplicatesDelivered++;
    sim.trace?.happen(
      sim.now,
      HAPPENING.deliveredTwice,
      this.node.index,
      sim.jobs.req[message] as number,
      sim.jobs.attempt[message] as number,
    );
  }

  /**
   * The visibility timeout of batch `id` ran out while its run goes on: each message becomes
   * visible again, as a new job of the same request (or, at its last receive, goes to the
   * dead-letter queue); the running batch keeps ghosts.
   */
  private expire(id: number): void {
    const sim = this.sim;
    this.expireAt[id] = -1;
    if (this.inFlight[id] !== 1) return;
    for (const message of this.batches.get(id)) {
      if (this.ghosts.has(message)) continue;
      this.ghosts.add(message);
      const copy = sim.derive(message, this.node.index);
      sim.jobs.attempt[copy] = sim.jobs.attempt[message] as number;
      sim.jobs.flags[copy] = 0;
      if (this.dlq && (sim.jobs.attempt[copy] as number) >= this.maxReceives) {
        this.deadLetter(copy);
      } else {
        this.seconds.add(copy);
        this.ready.push(copy);
      }
    }
    this.pump();
  }

  /** Frees the ghosts of batch `id` and keeps its live messages; how many were ghosts. */
  private dropGhosts(id: number): number {
    if (this.ghosts.size === 0) return 0;
    const list = this.batches.get(id);
    let kept = 0;
    for (const message of list) {
      if (this.ghosts.delete(message)) this.sim.freeJob(message);
      else list[kept++] = message;
    }
    const dropped = list.length - kept;
    list.length = kept;
    return dropped;
  }

  /** Lets the pollers take what they can (also called by worker tasks that became ready). */
  pump(): void {
    this.countEmptyReceives();
    for (const p of this.pollers) p.dispatch();
  }

  override reply(batch: number, status: number): void {
    const sim = this.sim;
    const id = sim.jobs.ref[batch] as number;
    const pollers = this.pollers[this.batches.owner[id] ?? -1];
    this.inFlight[id] = 0;
    if (status === ST_THROTTLED && pollers?.retryThrottled(id)) return;
    if (pollers) pollers.busy--;
    const ghosts = this.dropGhosts(id);
    if (status === ST_OK) {
      const list = this.batches.get(id);
      for (const message of list) sim.freeJob(message);
      this.stats.delivered += list.length;
      if (list.length + ghosts > 0) this.usage.requests++; // DeleteMessageBatch
      this.expireAt[id] = -1;
      this.batches.release(id);
      this.depth(-list.length);
      if (this.fifo) {
        const group = this.batchGroup[id] as number;
        const waits = this.fifo.groupWaits;
        this.fifo.done(group);
        this.unblock(group);
        this.groupReleased(group, waits);
      }
    } else {
      if (this.fifo) {
        const group = this.batchGroup[id] as number;
        if (!this.blockedSince.has(group)) this.blockedSince.set(group, sim.now);
      }
      // Nobody deletes the messages: they reappear when their visibility timeout ends.
      const visibleAt = Math.max(sim.now, (this.batches.receivedAt[id] ?? 0) + this.visibilityMs);
      sim.nodeTimer(this.node.index, visibleAt, (id << 2) | T_VISIBLE);
    }
    this.pump();
  }

  override nodeTimer(arg: number): void {
    const kind = arg & 3;
    const id = arg >> 2;
    if (kind === T_WINDOW) return this.pollers[id]?.windowEnded();
    if (kind === T_REINVOKE) return this.pollers[this.batches.owner[id] ?? -1]?.invoke(id, true);
    if (kind === T_EXPIRE) {
      if (this.expireAt[id] === this.sim.now) this.expire(id);
      return;
    }
    const sim = this.sim;
    const keep: number[] = [];
    for (const message of this.batches.get(id)) {
      if (this.dlq && (sim.jobs.attempt[message] as number) >= this.maxReceives)
        this.deadLetter(message);
      else {
        keep.push(message);
        this.stats.redelivered++;
        const attempt = sim.jobs.attempt[message] as number;
        sim.trace?.happen(
          sim.now,
          HAPPENING.retried,
          this.node.index,
          sim.jobs.req[message] as number,
          attempt,
        );
        if (!this.fifo) this.ready.push(message);
      }
    }
    if (this.fifo) {
      // Back to the head of its group, ahead of everything sent after it.
      const group = this.batchGroup[id] as number;
      const waits = this.fifo.groupWaits;
      this.fifo.failed(group, keep);
      if (keep.length === 0) this.unblock(group);
      this.groupReleased(group, waits);
    }
    this.expireAt[id] = -1;
    this.batches.release(id);
    this.pump();
  }

  private deadLetter(message: number): void {
    const sim = this.sim;
    const req = sim.jobs.req[message] as number;
    this.stats.deadLettered++;
    sim.markRoot(sim.jobs.root[message] as number, R_DEAD);
    sim.trace?.happen(sim.now, HAPPENING.deadLettered, this.node.index, req);
    if (this.dlqEdge >= 0) sim.dispatch(sim.derive(message, this.node.index, true), this.dlqEdge);
    sim.freeJob(message);
    this.depth(-1);
  }

  private depth(delta: number): void {
    const sim = this.sim;
    sim.gauges.add(this.gDepth, delta, sim.now);
    sim.trace?.happen(
      sim.now,
      HAPPENING.queueDepth,
      this.node.index,
      -1,
      sim.gauges.level(this.gDepth),
    );
  }

  /** Idle pollers long-poll: one (billed) empty ReceiveMessage every 20 s each. */
  private countEmptyReceives(): void {
    const now = this.sim.now;
    if (this.waiting === 0) {
      let idle = 0;
      for (const p of this.pollers) idle += p.idle;
      const empty = (idle * (now - this.idleAt)) / SQS_POLLERS.emptyReceiveEveryMs;
      this.stats.emptyReceives += empty;
      this.usage.requests += empty;
    }
    this.idleAt = now;
  }

  override sample(): void {
    this.countEmptyReceives();
  }
}
