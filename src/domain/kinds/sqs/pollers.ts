/**
 * An SQS event source mapping: the pollers that read one queue for one function. They take
 * batches (up to the batch size, waiting up to the batch window to fill one), start at 5
 * concurrent batches and add up to 300 a minute while messages wait, shrinking back when the
 * queue is empty. Idle pollers long-poll, one billed empty receive per 20 s each. When the
 * function throttles, the mapping backs off and retries the batch it holds until the
 * messages' visibility timeout runs out.
 */
import { SQS_POLLERS } from '../../sim/defaults.ts';
import type { SimPort } from '../../sim/port.ts';
import { F_BATCH, F_REPLY, F_RETRY } from '../../sim/jobs.ts';
import type { Usage } from '../../pricing/index.ts';
import type { BatchStore } from '../../sim/batches.ts';
import type { IntQueue } from '../../sim/buffers.ts';
import type { CompiledNode } from '../../sim/compile.ts';
import type { FifoGroups } from './fifo-groups.ts';

/** What the pollers use of their queue's model (not SqsModel itself, which imports them). */
export interface PolledQueue {
  readonly node: CompiledNode;
  readonly ready: IntQueue;
  readonly batches: BatchStore;
  readonly batchSize: number;
  readonly windowMs: number;
  readonly visibilityMs: number;
  readonly usage: Extract<Usage, { kind: 'sqs' }>;
  /** A FIFO queue's message groups (null for a standard queue, which uses `ready`). */
  readonly fifo: FifoGroups | null;
  /** Per batch id of a FIFO queue: its message group. */
  readonly batchGroup: number[];
  /** Messages waiting to be received. */
  readonly waiting: number;
  /** A batch is on its way to the function, which may run it for up to `runLimitMs`. */
  invoked(id: number, runLimitMs: number): void;
  /** `message` is taken into a batch (true when it is a second delivery, already counted). */
  taken(message: number): void;
}

export class Pollers {
  allowed: number;
  busy = 0;
  private scaleAt = 0;
  private windowArmed = false;
  private flush = false;
  private readonly floor: number;

  constructor(
    private readonly queue: PolledQueue,
    private readonly sim: SimPort,
    readonly index: number,
    readonly edge: number,
    private readonly max: number,
    /** The function's timeout: the longest one invocation of a batch can run, ms. */
    private readonly runLimitMs = Infinity,
    /** Batches the consumer has room for now (worker tasks); unlimited for a function. */
    private readonly room: () => number = () => Infinity,
  ) {
    this.floor = Math.min(SQS_POLLERS.initial, max);
    this.allowed = this.floor;
  }

  /** Idle pollers (for the empty-receive count). */
  get idle(): number {
    return Math.max(0, Math.floor(this.allowed) - this.busy);
  }

  /** Takes as many batches as pollers and messages allow. */
  dispatch(): void {
    const q = this.queue;
    const sim = this.sim;
    this.scale();
    if (q.fifo) return this.dispatchFifo(q.fifo);
    while (this.busy < Math.min(Math.floor(this.allowed), this.room()) && q.ready.length > 0) {
      if (q.ready.length < q.batchSize && q.windowMs > 0 && !this.flush) {
        if (!this.windowArmed) {
          this.windowArmed = true;
          sim.nodeTimer(q.node.index, sim.now + q.windowMs, this.index << 2);
        }
        return;
      }
      this.flush = false;
      const list: number[] = [];
      while (list.length < q.batchSize && q.ready.length > 0) {
        const message = q.ready.shift();
        sim.jobs.attempt[message] = (sim.jobs.attempt[message] as number) + 1;
        q.taken(message);
        list.push(message);
      }
      q.usage.requests++; // ReceiveMessage
      this.busy++;
      this.invoke(q.batches.add(list, sim.now, this.index), false);
    }
  }

  /**
   * FIFO: one batch per message group in flight, each from the head of its group; no batch
   * window (Lambda does not offer one for FIFO queues).
   */
  private dispatchFifo(fifo: FifoGroups): void {
    const q = this.queue;
    const sim = this.sim;
    while (this.busy < Math.min(Math.floor(this.allowed), this.room())) {
      const b = fifo.take(q.batchSize);
      if (!b) return;
      for (const message of b.messages) {
        sim.jobs.attempt[message] = (sim.jobs.attempt[message] as number) + 1;
        q.taken(message);
      }
      q.usage.requests++; // ReceiveMessage
      this.busy++;
      const id = q.batches.add(b.messages, sim.now, this.index);
      q.batchGroup[id] = b.group;
      this.invoke(id, false);
    }
  }

  /** The batch window ran out: send what there is. */
  windowEnded(): void {
    this.windowArmed = false;
    this.flush = true;
    this.dispatch();
  }

  invoke(id: number, retry: boolean): void {
    const q = this.queue;
    const sim = this.sim;
    const list = q.batches.get(id);
    const first = list[0] ?? -1;
    let redelivered = false;
    let depth = 0;
    for (const m of list) {
      redelivered ||= (sim.jobs.attempt[m] as number) > 1;
      depth = Math.max(depth, sim.jobs.depth[m] as number);
    }
    // Work a batch starts belongs to no single request; its loop depth is its deepest message's.
    const batch = sim.derive(first, q.node.index, true);
    sim.jobs.depth[batch] = depth;
    sim.jobs.ref[batch] = id;
    sim.jobs.items[batch] = list.length;
    sim.jobs.flags[batch] = F_REPLY | F_BATCH | (retry || redelivered ? F_RETRY : 0);
    q.invoked(id, this.runLimitMs);
    sim.dispatch(batch, this.edge);
  }

  /**
   * The function throttled the batch: try it again later while the messages stay hidden;
   * false when their visibility timeout runs out first (they return to the queue with their
   * receive count up). The pollers do not shrink for it: an event source mapping does not
   * respect the function's reserved concurrency, only its own maximum concurrency (Lambda
   * Developer Guide, "Configuring scaling behavior for SQS event source mappings"; AWS re:Post
   * "lambda-sqs-scaling", read 2026-12).
   */
  retryThrottled(id: number): boolean {
    const q = this.queue;
    const sim = this.sim;
    const n = q.batches.throttles[id] ?? 0;
    q.batches.throttles[id] = n + 1;
    const delay = Math.min(
      SQS_POLLERS.throttleRetryMaxMs,
      SQS_POLLERS.throttleRetryFirstMs * 2 ** n,
    );
    if (sim.now + delay >= (q.batches.receivedAt[id] ?? 0) + q.visibilityMs) return false;
    sim.nodeTimer(q.node.index, sim.now + delay, (id << 2) | 2);
    return true;
  }

  /** Pollers grow by up to 300 a minute while messages wait, and shrink back when none do. */
  private scale(): void {
    const q = this.queue;
    const now = this.sim.now;
    const step = (now - this.scaleAt) * SQS_POLLERS.addPerMs;
    this.scaleAt = now;
    const waiting = q.waiting;
    if (waiting > 0 && this.busy >= Math.floor(this.allowed)) {
      this.allowed = Math.min(this.max, this.allowed + step);
    } else if (waiting === 0) this.allowed = Math.max(this.floor, this.allowed - step);
  }
}
