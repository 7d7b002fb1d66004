/**
 * Time-weighted levels (busy environments, live environments, queue depth) turned into fixed
 * buckets of a time series. Each change adds value × elapsed to the bucket's area, so averages
 * are exact integrals, not samples. A change discovered late (an idle environment that expired
 * before anyone looked) is applied retroactively with `addSince`, within the current bucket.
 */
export class Gauges {
  private value = new Float64Array(0);
  private last = new Float64Array(0);
  private area = new Float64Array(0);
  private peak = new Float64Array(0);
  /** Per gauge: time-average of each bucket. */
  readonly avg: Float64Array[] = [];
  /** Per gauge: highest level reached in each bucket. */
  readonly max: Float64Array[] = [];
  /** Per gauge: integral of the level over the whole run (level × ms). */
  total = new Float64Array(0);

  constructor(private readonly buckets: number) {}

  /** Adds a gauge starting at `initial`; call before the run starts. */
  register(initial = 0): number {
    const g = this.value.length;
    const resize = (a: Float64Array) => {
      const b = new Float64Array(g + 1);
      b.set(a);
      return b;
    };
    this.value = resize(this.value);
    this.last = resize(this.last);
    this.area = resize(this.area);
    this.peak = resize(this.peak);
    this.total = resize(this.total);
    this.value[g] = initial;
    this.peak[g] = initial;
    this.avg.push(new Float64Array(this.buckets));
    this.max.push(new Float64Array(this.buckets));
    return g;
  }

  level(g: number): number {
    return this.value[g] as number;
  }

  add(g: number, delta: number, now: number): void {
    const v = this.value[g] as number;
    this.area[g] = (this.area[g] as number) + v * (now - (this.last[g] as number));
    this.last[g] = now;
    const next = v + delta;
    this.value[g] = next;
    if (delta > 0 && next > (this.peak[g] as number)) this.peak[g] = next;
  }

  /** A change that took effect at `since` (≤ the last update, ≥ the bucket start) and is seen only now. */
  addSince(g: number, delta: number, since: number, now: number): void {
    this.add(g, 0, now);
    this.area[g] = (this.area[g] as number) + delta * (now - since);
    this.value[g] = (this.value[g] as number) + delta;
  }

  /** Ends bucket `k` at time `end`: writes its average and peak, starts the next. */
  close(k: number, start: number, end: number): void {
    const length = end - start;
    for (let g = 0; g < this.value.length; g++) {
      this.add(g, 0, end);
      const area = this.area[g] as number;
      (this.avg[g] as Float64Array)[k] = length > 0 ? area / length : (this.value[g] as number);
      (this.max[g] as Float64Array)[k] = this.peak[g] as number;
      this.total[g] = (this.total[g] as number) + area;
      this.area[g] = 0;
      this.peak[g] = this.value[g] as number;
    }
  }
}
