/**
 * How Lambda reads a Kinesis shard: one batch in flight per shard — or per lane, when the
 * parallelization factor splits a shard into up to 10 lanes by partition key, keeping order
 * per key. A failed batch is retried whole, in order, blocking its lane; with bisect-on-error
 * it is split in two and each half retried on its own, so a poison record ends up alone;
 * after `maximumRetryAttempts` retries (−1: until the records expire) the batch is sent to the
 * on-failure destination and the lane moves on. The iterator age is how old the oldest record
 * still waiting on a shard is: it grows whenever consumers fall behind.
 *
 * Sources (read 2026-12): AWS Lambda Developer Guide, "Using Lambda with Kinesis Data
 * Streams" — ParallelizationFactor 1–10, BisectBatchOnFunctionError, MaximumRetryAttempts
 * (−1 to 10,000; −1 = infinite), MaximumRecordAgeInSeconds; "IteratorAge" in "Lambda metrics".
 *
 * Model assumption: a bisected half counts as a fresh batch for the retry budget (AWS does
 * not count a split as a retry either).
 */

export const PARALLELIZATION_MAX = 10;

/** The lane of a record: shard × factor + hash of its key, so a key always uses one lane. */
export function laneOf(shard: number, keyHash: number, factor: number): number {
  const f = Math.min(PARALLELIZATION_MAX, Math.max(1, Math.floor(factor)));
  return shard * f + (keyHash % f);
}

export interface FailurePolicy {
  bisectOnError: boolean;
  /** −1: retry until the records expire. */
  maximumRetryAttempts: number;
}

export type FailureStep =
  | { action: 'retry'; batches: number[][] }
  | { action: 'split'; batches: number[][] }
  | { action: 'discard'; records: number[] };

/**
 * What happens to a failed batch that has been retried `retries` times already: retry it
 * whole, split it into halves (bisect-on-error; the first half goes first), or give up and
 * send it to the on-failure destination.
 */
export function afterFailure(records: number[], retries: number, p: FailurePolicy): FailureStep {
  const budgetLeft = p.maximumRetryAttempts < 0 || retries < p.maximumRetryAttempts;
  if (p.bisectOnError && records.length > 1) {
    const half = Math.ceil(records.length / 2);
    return { action: 'split', batches: [records.slice(0, half), records.slice(half)] };
  }
  if (budgetLeft) return { action: 'retry', batches: [records] };
  return { action: 'discard', records };
}

/** Iterator age at `nowMs`: the age of the oldest waiting record, 0 when the lane is empty. */
export function iteratorAgeMs(oldestWaitingAtMs: number | undefined, nowMs: number): number {
  return oldestWaitingAtMs === undefined ? 0 : Math.max(0, nowMs - oldestWaitingAtMs);
}
