/**
 * Which tokens are on an edge at time T, without scanning the whole trace every frame.
 *
 * Tokens are sorted by departure (`t0`). They are grouped into blocks of BLOCK tokens and each
 * block remembers its latest arrival; a frame skips every block that ended before T and stops
 * at the first block that starts after it. The cost per frame is the number of blocks (a few
 * thousand at most) plus the tokens actually in flight — and no state is carried from frame to
 * frame, so scrubbing backwards is as cheap as playing forwards.
 *
 * A token is drawn for at least `minMs` of simulated time: a 1 ms network hop would otherwise
 * never be on screen for a whole frame. The playback sets `minMs` from the speed, so a token
 * stays visible for a fixed share of a wall-clock second.
 */
import type { TraceTokens } from '../../../domain/sim/index.ts';

export const BLOCK = 256;

export interface TokenIndex {
  /** Latest `t1` in each block. */
  maxT1: Float64Array;
  /** Departure of the last (latest) token of each block. */
  lastT0: Float64Array;
}

export function buildTokenIndex(tokens: TraceTokens): TokenIndex {
  const blocks = Math.ceil(tokens.count / BLOCK);
  const maxT1 = new Float64Array(blocks);
  const lastT0 = new Float64Array(blocks);
  for (let b = 0; b < blocks; b++) {
    const end = Math.min(tokens.count, (b + 1) * BLOCK);
    let max = -Infinity;
    for (let k = b * BLOCK; k < end; k++) max = Math.max(max, tokens.t1[k] as number);
    maxT1[b] = max;
    lastT0[b] = tokens.t0[end - 1] as number;
  }
  return { maxT1, lastT0 };
}

/** How long token `k` is drawn: its own trip, stretched to at least `minMs`. */
export function drawnDuration(tokens: TraceTokens, k: number, minMs: number): number {
  return Math.max((tokens.t1[k] as number) - (tokens.t0[k] as number), minMs);
}

/**
 * Calls `visit(k, progress)` for every token on its edge at `t` (progress 0 at departure, 1 at
 * arrival), in departure order; stops early once `limit` tokens were visited. Returns how many
 * were visited.
 *
 * @example
 *   forEachInFlight(trace.tokens, index, 12_000, 350, 2000, (k, p) => draw(k, p));
 */
export function forEachInFlight(
  tokens: TraceTokens,
  index: TokenIndex,
  t: number,
  minMs: number,
  limit: number,
  visit: (k: number, progress: number) => void,
): number {
  const { t0, t1 } = tokens;
  let visited = 0;
  for (let b = 0; b < index.maxT1.length; b++) {
    const first = b * BLOCK;
    if ((t0[first] as number) > t) break;
    const blockEnd = Math.max(index.maxT1[b] as number, (index.lastT0[b] as number) + minMs);
    if (blockEnd <= t) continue;
    const end = Math.min(tokens.count, first + BLOCK);
    for (let k = first; k < end; k++) {
      const start = t0[k] as number;
      if (start > t) return visited;
      const duration = Math.max((t1[k] as number) - start, minMs);
      if (t >= start + duration) continue;
      visit(k, duration > 0 ? (t - start) / duration : 1);
      if (++visited >= limit) return visited;
    }
  }
  return visited;
}
