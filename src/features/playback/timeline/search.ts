/**
 * Binary search over a sorted time column. Every "what is true at time T" question of the
 * playback reduces to it, which is what makes scrubbing O(log n) however long the run.
 */

/**
 * Number of entries `<= t` in the first `count` values of a sorted array — the index of the
 * first entry after `t`.
 *
 * @example upperBound(Float64Array.of(1, 2, 2, 5), 4, 2) // → 3
 */
export function upperBound(sorted: ArrayLike<number>, count: number, t: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
