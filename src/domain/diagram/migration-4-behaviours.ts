/**
 * Scenario format 3 → 4: settings for the behaviours exams ask about (issue 15). An SQS queue
 * gains its FIFO settings: `messageGroups`, `highThroughput`, `contentBasedDedup` and
 * `resendPercent` (a standard queue ignores them). A Step Functions node gains a Retry and a
 * Catch on its tasks: `retryMaxAttempts` (0: none), `retryIntervalSec`, `retryBackoffRate` and
 * `catchFallback`. A DynamoDB table gains a capacity mode (on-demand or provisioned, with its
 * write and read capacity units) and a read consistency; a Kinesis stream gains a capacity mode
 * and its consumers a parallelization factor.
 *
 * Format 3 had none of these: its queues were standard, its workflows had no Retry or Catch, its
 * tables were on-demand with strongly consistent reads (one read unit per started 4 KB), and its
 * streams had their shards set on them with one batch per shard. The migration writes out the values they stand at in format 4's
 * catalog, so that a format-3 link, file or autosave opens to exactly the scenario it did,
 * whatever later formats choose as defaults. Values already present are kept. Other kinds that
 * gain settings in format 4 add a line to `FORMAT_3_MEANT`.
 */
type Doc = Record<string, unknown>;

/** What format 3 meant, per kind, by the settings format 4 adds. */
export const FORMAT_3_MEANT: Readonly<Record<string, Readonly<Doc>>> = {
  sqs: { messageGroups: 10, highThroughput: false, contentBasedDedup: false, resendPercent: 0 },
  'step-functions': {
    retryMaxAttempts: 0,
    retryIntervalSec: 1,
    retryBackoffRate: 2,
    catchFallback: false,
  },
  dynamodb: {
    capacityMode: 'on-demand',
    writeCapacity: 5,
    readCapacity: 5,
    readConsistency: 'strong',
  },
  kinesis: { capacityMode: 'provisioned', parallelizationFactor: 1 },
};

export function migrateBehaviours(doc: Doc): Doc {
  if (!Array.isArray(doc.nodes)) return doc;
  const nodes: unknown[] = doc.nodes.map((node: unknown) => {
    if (typeof node !== 'object' || node === null) return node;
    const n = node as Doc;
    if (typeof n.kind !== 'string' || !Object.hasOwn(FORMAT_3_MEANT, n.kind)) return node;
    const meant = FORMAT_3_MEANT[n.kind] as Doc;
    if (typeof n.config !== 'object' || n.config === null || Array.isArray(n.config)) return node;
    return { ...n, config: { ...meant, ...(n.config as Doc) } };
  });
  return { ...doc, nodes };
}
