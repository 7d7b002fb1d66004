/**
 * Scenario format 1 → 2: how a Lambda function starts is now three settings instead of one.
 * Format 1 had `runtime` ∈ nodejs, python, java, dotnet, go, ruby, container, where
 * "container" meant a container image (its cold-start figures were those of a basic Node.js
 * image). Format 2 has `runtime` (the language family: nodejs, python, java, dotnet, ruby, go,
 * rust), `packageType` (zip or image) and `architecture` (x86_64 or arm64, unchanged), plus
 * two settings that default to what format 1 meant: `initCodeMs` 0 and `snapStart` false.
 *
 * So a format-1 function keeps its runtime and is a .zip, and "container" becomes a Node.js
 * container image. Nothing else in the document changes. Written out, not inferred: links
 * made in format 1 must open as this says, forever.
 */
type Doc = Record<string, unknown>;

/** What format 1 meant by the two new settings: no init code of its own, no SnapStart. */
const FORMAT_1_MEANT = { initCodeMs: 0, snapStart: false };

function migrateLambdaConfig(config: Record<string, unknown>): Record<string, unknown> {
  const image = config.runtime === 'container';
  return {
    ...FORMAT_1_MEANT,
    ...config,
    ...(image ? { runtime: 'nodejs', packageType: 'image' } : { packageType: 'zip' }),
  };
}

export function migrateLambdaRuntime(doc: Doc): Doc {
  if (!Array.isArray(doc.nodes)) return doc;
  const nodes: unknown[] = doc.nodes.map((node: unknown) => {
    if (typeof node !== 'object' || node === null) return node;
    const n = node as Doc;
    if (n.kind !== 'lambda' || typeof n.config !== 'object' || n.config === null) return node;
    return { ...n, config: migrateLambdaConfig(n.config as Record<string, unknown>) };
  });
  return { ...doc, nodes };
}
