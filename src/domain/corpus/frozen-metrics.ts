/**
 * The numbers of a run that must not move unless a model changes on purpose: outcomes,
 * totals, latency, cost, per-node figures, and a fingerprint of everything else (series and
 * trace included), so that a refactor that shifts a single event is caught.
 */
import type { SimResult } from '../sim/index.ts';

/** JSON with typed arrays written as plain arrays (their default JSON is an index object). */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v,
  );
}

/** cyrb53: a fast 53-bit string hash; collisions do not matter here, only change does. */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function frozenMetrics(result: SimResult) {
  const { trace, series, ...rest } = result;
  return {
    events: result.events,
    requests: result.requests,
    totals: result.totals,
    latency: result.latency,
    costTotalUsd: result.cost?.total.usd ?? null,
    costMonthlyUsd: result.cost?.monthly.usd ?? null,
    functions: result.functions,
    queues: result.queues,
    services: result.services,
    resultFingerprint: fingerprint(stableJson(rest)),
    seriesFingerprint: fingerprint(stableJson(series)),
    traceFingerprint: fingerprint(stableJson(trace)),
  };
}
