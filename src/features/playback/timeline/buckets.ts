/** Index of the last bucket completed at `t` (the last one once the run is over), or −1. */
export function bucketAt(bucketMs: number, buckets: number, t: number, durationMs: number): number {
  if (t >= durationMs) return buckets - 1;
  return Math.min(buckets - 1, Math.floor(t / bucketMs) - 1);
}
