/**
 * Records the trace during a run (see trace.ts for what it contains) into growable typed
 * arrays, and sorts it by time at the end.
 */
import { grow } from './buffers.ts';
import type { Trace, TraceHappenings, TraceLimits, TraceTokens } from './trace.ts';

/** Collects records during a run; `finish()` sorts them by time and trims the buffers. */
export class TraceRecorder {
  private tk = emptyTokens();
  private hp = emptyHappenings();
  truncated = false;
  completeUntilMs = Infinity;

  constructor(private readonly limits: TraceLimits) {}

  /** Records a token; returns its index (to set its colour once known), or −1 past the cap. */
  token(
    edge: number,
    t0: number,
    t1: number,
    cls: number,
    flags: number,
    req: number,
    n = 1,
  ): number {
    const tk = this.tk;
    const i = tk.count;
    if (i >= this.limits.maxTokens) {
      this.truncate(t0);
      return -1;
    }
    if (i === tk.t0.length) growTokens(tk, i + 1);
    tk.edge[i] = edge;
    tk.t0[i] = t0;
    tk.t1[i] = t1;
    tk.cls[i] = cls;
    tk.flags[i] = flags;
    tk.req[i] = req;
    tk.items[i] = n;
    tk.count = i + 1;
    return i;
  }

  /** Colours a token recorded earlier (a request's class is known only when it arrives). */
  setClass(token: number, cls: number): void {
    if (token >= 0) this.tk.cls[token] = cls;
  }

  happen(t: number, kind: number, node: number, ref: number, value = 0): void {
    const hp = this.hp;
    const i = hp.count;
    if (i >= this.limits.maxHappenings) return this.truncate(t);
    if (i === hp.t.length) growHappenings(hp, i + 1);
    hp.t[i] = t;
    hp.kind[i] = kind;
    hp.node[i] = node;
    hp.ref[i] = ref;
    hp.value[i] = value;
    hp.count = i + 1;
  }

  private truncate(t: number): void {
    if (!this.truncated) {
      this.truncated = true;
      this.completeUntilMs = t;
    }
  }

  finish(nodeIds: string[], edgeIds: string[], endMs: number): Trace {
    return {
      nodeIds,
      edgeIds,
      tokens: sortTokens(this.tk),
      happenings: sortHappenings(this.hp),
      truncated: this.truncated,
      completeUntilMs: this.truncated ? this.completeUntilMs : endMs,
    };
  }
}

function emptyTokens(): TraceTokens {
  const n = 0;
  return {
    count: 0,
    edge: new Int32Array(n),
    t0: new Float64Array(n),
    t1: new Float64Array(n),
    cls: new Uint8Array(n),
    flags: new Uint8Array(n),
    req: new Int32Array(n),
    items: new Int32Array(n),
  };
}

function emptyHappenings(): TraceHappenings {
  return {
    count: 0,
    t: new Float64Array(0),
    kind: new Uint8Array(0),
    node: new Int32Array(0),
    ref: new Int32Array(0),
    value: new Float64Array(0),
  };
}

function growTokens(tk: TraceTokens, min: number): void {
  tk.edge = grow(tk.edge, min);
  tk.t0 = grow(tk.t0, min);
  tk.t1 = grow(tk.t1, min);
  tk.cls = grow(tk.cls, min);
  tk.flags = grow(tk.flags, min);
  tk.req = grow(tk.req, min);
  tk.items = grow(tk.items, min);
}

function growHappenings(hp: TraceHappenings, min: number): void {
  hp.t = grow(hp.t, min);
  hp.kind = grow(hp.kind, min);
  hp.node = grow(hp.node, min);
  hp.ref = grow(hp.ref, min);
  hp.value = grow(hp.value, min);
}

/**
 * Indices 0..n-1 ordered by `key`, or null when the keys are already in order. Records arrive
 * almost sorted (tokens are recorded as they leave; only environment expiries, found lazily,
 * come late), so the in-order ones form a spine and only the few late ones are sorted, then
 * merged back — instead of sorting millions of records.
 */
function order(key: Float64Array, n: number): Uint32Array | null {
  const spine: number[] = [];
  const late: number[] = [];
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = key[i] as number;
    if (k >= last) {
      spine.push(i);
      last = k;
    } else late.push(i);
  }
  if (late.length === 0) return null;
  late.sort((x, y) => (key[x] as number) - (key[y] as number) || x - y);
  const idx = new Uint32Array(n);
  let a = 0;
  let b = 0;
  for (let i = 0; i < n; i++) {
    const s = spine[a];
    const l = late[b];
    const takeLate =
      l !== undefined && (s === undefined || (key[l] as number) < (key[s] as number));
    idx[i] = takeLate ? (late[b++] as number) : (spine[a++] as number);
  }
  return idx;
}

function pick<T extends Float64Array | Int32Array | Uint8Array>(
  src: T,
  idx: Uint32Array | null,
  n: number,
): T {
  if (!idx) return src.slice(0, n) as T;
  const out = new (src.constructor as new (n: number) => T)(n);
  for (let i = 0; i < n; i++) out[i] = src[idx[i] as number] as number;
  return out;
}

function sortTokens(tk: TraceTokens): TraceTokens {
  const idx = order(tk.t0, tk.count);
  return {
    count: tk.count,
    edge: pick(tk.edge, idx, tk.count),
    t0: pick(tk.t0, idx, tk.count),
    t1: pick(tk.t1, idx, tk.count),
    cls: pick(tk.cls, idx, tk.count),
    flags: pick(tk.flags, idx, tk.count),
    req: pick(tk.req, idx, tk.count),
    items: pick(tk.items, idx, tk.count),
  };
}

function sortHappenings(hp: TraceHappenings): TraceHappenings {
  const idx = order(hp.t, hp.count);
  return {
    count: hp.count,
    t: pick(hp.t, idx, hp.count),
    kind: pick(hp.kind, idx, hp.count),
    node: pick(hp.node, idx, hp.count),
    ref: pick(hp.ref, idx, hp.count),
    value: pick(hp.value, idx, hp.count),
  };
}
