/**
 * What a FIFO queue accepts besides order: a deduplication window, and a cap on API calls
 * per second that high-throughput mode raises.
 *
 * Sources (read 2026-12): Amazon SQS Developer Guide, "Exactly-once processing in Amazon SQS"
 * (a message with a deduplication ID already sent in the last 5 minutes is accepted but not
 * delivered); "Amazon SQS message quotas" — without high throughput, 300 transactions per
 * second per API action (SendMessage, ReceiveMessage, DeleteMessage), 3,000 messages per
 * second with batches of 10; with high throughput in US East (N. Virginia), US West (Oregon)
 * and Europe (Ireland), 70,000 transactions per second per API action (700,000 messages per
 * second batched); calls above the cap fail with ThrottlingException.
 *
 * Model assumption: the cap is counted in fixed one-second windows on SendMessage, and each
 * send is one message (no batching by the sender).
 */

export const DEDUP_WINDOW_MS = 5 * 60_000;

export const FIFO_TPS = { standardMode: 300, highThroughputUsEast1: 70_000 } as const;

/** Messages a FIFO queue accepts per second and API action. */
export function fifoMessagesPerSecond(highThroughput: boolean, batchOf = 1): number {
  const tps = highThroughput ? FIFO_TPS.highThroughputUsEast1 : FIFO_TPS.standardMode;
  return tps * Math.min(10, Math.max(1, batchOf));
}

/** Remembers deduplication IDs for five minutes. */
export class DedupWindow {
  private readonly seen = new Map<string, number>();
  /** Size at which old IDs are swept out; doubles with what stays, so sweeps stay rare. */
  private sweepAt = 4096;

  /** True when the message is new; false when the same ID was sent within the window. */
  accept(id: string, nowMs: number): boolean {
    const at = this.seen.get(id);
    if (at !== undefined && nowMs - at < DEDUP_WINDOW_MS) return false;
    this.seen.set(id, nowMs);
    if (this.seen.size > this.sweepAt) {
      this.forget(nowMs);
      this.sweepAt = Math.max(4096, 2 * this.seen.size);
    }
    return true;
  }

  /** Drops IDs older than the window (keeps memory bounded on long runs). */
  private forget(nowMs: number): void {
    for (const [id, at] of this.seen) if (nowMs - at >= DEDUP_WINDOW_MS) this.seen.delete(id);
  }
}

/** Counts calls in fixed one-second windows against a per-second cap. */
export class PerSecondCap {
  private window = -1;
  private used = 0;

  constructor(readonly perSecond: number) {}

  /** Takes one call at `nowMs`; false (ThrottlingException) when the second is full. */
  take(nowMs: number): boolean {
    const w = Math.floor(nowMs / 1000);
    if (w !== this.window) {
      this.window = w;
      this.used = 0;
    }
    if (this.used >= this.perSecond) return false;
    this.used++;
    return true;
  }
}
