/**
 * Scenario format 3 → 4: capacity a learner can now set. A DynamoDB table gains a capacity mode
 * (on-demand or provisioned, with its write and read capacity units) and a read consistency; a
 * Kinesis stream gains a capacity mode and its consumers a parallelization factor.
 *
 * Format 3 had none of these: its tables were on-demand and its reads strongly consistent (one
 * read unit per started 4 KB); its streams had the shards set on them and one batch per shard. The migration writes that meaning out, with the unit counts as
 * they stand in format 4's catalog, so that a format-3 link, file or autosave opens to exactly
 * the scenario it did, whatever later formats choose as defaults. Values already present are
 * kept.
 */
type Doc = Record<string, unknown>;

/** What format 3 meant, per kind, by the settings format 4 adds. */
export const FORMAT_3_MEANT: Readonly<Record<string, Readonly<Doc>>> = {
  dynamodb: {
    capacityMode: 'on-demand',
    writeCapacity: 5,
    readCapacity: 5,
    readConsistency: 'strong',
  },
  kinesis: { capacityMode: 'provisioned', parallelizationFactor: 1 },
};

export function migrateCapacity(doc: Doc): Doc {
  if (!Array.isArray(doc.nodes)) return doc;
  const nodes: unknown[] = doc.nodes.map((node: unknown) => {
    if (typeof node !== 'object' || node === null) return node;
    const n = node as Doc;
    if (typeof n.kind !== 'string' || !Object.hasOwn(FORMAT_3_MEANT, n.kind)) return node;
    const meant = FORMAT_3_MEANT[n.kind];
    if (typeof n.config !== 'object' || n.config === null || Array.isArray(n.config)) return node;
    return { ...n, config: { ...meant, ...(n.config as Doc) } };
  });
  return { ...doc, nodes };
}
