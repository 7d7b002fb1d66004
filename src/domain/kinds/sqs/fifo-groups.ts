/**
 * SQS FIFO queues as Lambda reads them: messages keep their order within a message group,
 * and a group has at most one batch in flight, so the next messages of a group wait until
 * the batch before them is deleted. A batch that fails comes back to the head of its group
 * (with its receive count up) and blocks the group until it succeeds or, at maxReceiveCount,
 * moves to the dead-letter queue. Other groups keep flowing meanwhile: parallelism is the
 * number of groups with work.
 *
 * Sources (read 2026-12): Amazon SQS Developer Guide, "Amazon SQS FIFO queue key terms" and
 * "Using the message group ID" (order per group; messages of a group are not returned while
 * earlier ones of the same group are in flight); AWS Lambda Developer Guide, "Using Lambda
 * with Amazon SQS" (for FIFO sources Lambda scales to the number of active message groups
 * and sends each group's messages in order).
 *
 * Model assumption: a batch holds messages of one group (Lambda may mix groups in one batch,
 * keeping each group's order; one group per batch keeps the "one batch per group in flight"
 * rule visible and changes no ordering). Groups take turns in the order they first had work.
 */

export interface FifoBatch {
  group: number;
  messages: number[];
}

interface Group {
  ready: number[];
  inFlight: boolean;
}

export class FifoGroups {
  private readonly groups = new Map<number, Group>();
  /** Groups in the order they take turns. */
  private readonly turns: number[] = [];
  private cursor = 0;
  /**
   * Batches held back because their group had a batch in flight: counted when a group moves on
   * (its batch deleted, or its failed messages all dead-lettered) to messages that waited
   * behind it (the "FIFO group waits").
   */
  groupWaits = 0;
  /** Messages waiting, over all groups. */
  length = 0;

  /** Appends a message to the tail of its group. */
  push(group: number, message: number): void {
    let g = this.groups.get(group);
    if (!g) {
      g = { ready: [], inFlight: false };
      this.groups.set(group, g);
      this.turns.push(group);
    }
    g.ready.push(message);
    this.length++;
  }

  /**
   * The next batch: up to `batchSize` messages from the head of the next group that has
   * messages and no batch in flight; null when every group with messages is busy.
   */
  take(batchSize: number): FifoBatch | null {
    const n = this.turns.length;
    for (let i = 0; i < n; i++) {
      const group = this.turns[(this.cursor + i) % n] as number;
      const g = this.groups.get(group) as Group;
      if (g.ready.length === 0) continue;
      if (g.inFlight) continue;
      this.cursor = (this.cursor + i + 1) % n;
      g.inFlight = true;
      const messages = g.ready.splice(0, batchSize);
      this.length -= messages.length;
      return { group, messages };
    }
    return null;
  }

  /** The batch was processed and deleted: its group may send its next messages. */
  done(group: number): void {
    const g = this.groups.get(group);
    if (!g) return;
    g.inFlight = false;
    if (g.ready.length > 0) this.groupWaits++;
  }

  /**
   * The batch failed: the messages the caller keeps (those not dead-lettered) go back to the
   * head of their group, in their order, ahead of everything sent after them.
   */
  failed(group: number, keep: number[]): void {
    const g = this.groups.get(group);
    if (!g) return;
    g.inFlight = false;
    // The group moves on only when nothing of the failed batch is kept.
    if (keep.length === 0 && g.ready.length > 0) this.groupWaits++;
    g.ready.unshift(...keep);
    this.length += keep.length;
  }
}
