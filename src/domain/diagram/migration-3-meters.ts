/**
 * Scenario format 2 → 3: three meters a learner can now reach. A Lambda function gains
 * `invokeMode` (BUFFERED or RESPONSE_STREAM) and `responseMb` (size of a streamed response);
 * an API gateway gains `cacheSizeGb` (a REST stage cache, or off), and the WebSocket API type
 * with `messagesPerConnection` and `connectionMinutes`.
 *
 * Format 2 had none of these: its functions answered buffered and its APIs had no cache. The
 * migration writes that meaning out (buffered, cache off, and the new fields' values as they
 * stand in format 3's catalog), so that a format-2 link, file or autosave opens to exactly the
 * scenario it did, whatever later formats choose as defaults. Values already present are kept.
 */
type Doc = Record<string, unknown>;

/** What format 2 meant, per kind, by the settings format 3 adds. */
export const FORMAT_2_MEANT: Readonly<Record<string, Readonly<Doc>>> = {
  lambda: { invokeMode: 'BUFFERED', responseMb: 1 },
  'api-gateway': { cacheSizeGb: 'off', messagesPerConnection: 100, connectionMinutes: 30 },
};

export function migrateMeters(doc: Doc): Doc {
  if (!Array.isArray(doc.nodes)) return doc;
  const nodes: unknown[] = doc.nodes.map((node: unknown) => {
    if (typeof node !== 'object' || node === null) return node;
    const n = node as Doc;
    const meant = typeof n.kind === 'string' ? FORMAT_2_MEANT[n.kind] : undefined;
    if (!meant || !Object.hasOwn(FORMAT_2_MEANT, n.kind as string)) return node;
    if (typeof n.config !== 'object' || n.config === null || Array.isArray(n.config)) return node;
    return { ...n, config: { ...meant, ...(n.config as Doc) } };
  });
  return { ...doc, nodes };
}
