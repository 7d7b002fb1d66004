/**
 * Hand-written traces for unit tests: a few tokens and happenings, written as plain objects,
 * turned into the engine's typed-array columns (sorted as the engine sorts them).
 */
import type { Trace } from '../../../domain/sim/index.ts';

export interface TokenSpec {
  edge: number;
  t0: number;
  t1: number;
  cls?: number;
  flags?: number;
  req?: number;
  items?: number;
}

export interface HappeningSpec {
  t: number;
  kind: number;
  node: number;
  ref?: number;
  value?: number;
}

export function buildTrace(
  nodeIds: string[],
  edgeIds: string[],
  tokens: TokenSpec[],
  happenings: HappeningSpec[],
): Trace {
  const tk = [...tokens].sort((a, b) => a.t0 - b.t0);
  const hp = [...happenings].sort((a, b) => a.t - b.t);
  return {
    nodeIds,
    edgeIds,
    tokens: {
      count: tk.length,
      edge: Int32Array.from(tk, (t) => t.edge),
      t0: Float64Array.from(tk, (t) => t.t0),
      t1: Float64Array.from(tk, (t) => t.t1),
      cls: Uint8Array.from(tk, (t) => t.cls ?? 0),
      flags: Uint8Array.from(tk, (t) => t.flags ?? 0),
      req: Int32Array.from(tk, (t) => t.req ?? 0),
      items: Int32Array.from(tk, (t) => t.items ?? 1),
    },
    happenings: {
      count: hp.length,
      t: Float64Array.from(hp, (h) => h.t),
      kind: Uint8Array.from(hp, (h) => h.kind),
      node: Int32Array.from(hp, (h) => h.node),
      ref: Int32Array.from(hp, (h) => h.ref ?? -1),
      value: Float64Array.from(hp, (h) => h.value ?? 0),
    },
    truncated: false,
    completeUntilMs: Infinity,
  };
}
