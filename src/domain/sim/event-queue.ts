/**
 * The future-event list: a binary min-heap kept in parallel typed arrays (time, kind, two
 * integer arguments). No object is allocated per event, which is what lets the engine run
 * millions of events per second. Events due at the same instant run in an order fixed by the
 * sequence of pushes and pops — arbitrary but identical on every run, so runs stay
 * deterministic (keeping a FIFO tie-break would cost a fifth array moved on every step).
 */
export class EventQueue {
  private time = new Float64Array(64);
  private kinds = new Uint8Array(64);
  private argA = new Int32Array(64);
  private argB = new Int32Array(64);
  size = 0;

  /** Fields of the event most recently removed by `pop()`. */
  topTime = 0;
  topKind = 0;
  topA = 0;
  topB = 0;

  push(t: number, kind: number, a: number, b: number): void {
    if (this.size === this.time.length) this.grow();
    const time = this.time;
    let i = this.size++;
    // Sift up by moving parents down into the hole instead of swapping.
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((time[p] as number) <= t) break;
      this.move(p, i);
      i = p;
    }
    time[i] = t;
    this.kinds[i] = kind;
    this.argA[i] = a;
    this.argB[i] = b;
  }

  /** Time of the next event, or Infinity when the queue is empty. */
  peekTime(): number {
    return this.size > 0 ? (this.time[0] as number) : Infinity;
  }

  /** Removes the earliest event into `topTime`/`topKind`/`topA`/`topB`. Call only when size > 0. */
  pop(): void {
    const time = this.time;
    this.topTime = time[0] as number;
    this.topKind = this.kinds[0] as number;
    this.topA = this.argA[0] as number;
    this.topB = this.argB[0] as number;
    const last = --this.size;
    if (last === 0) return;
    const t = time[last] as number;
    const kind = this.kinds[last] as number;
    const a = this.argA[last] as number;
    const b = this.argB[last] as number;
    let i = 0;
    const half = last >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      const r = c + 1;
      if (r < last && (time[r] as number) < (time[c] as number)) c = r;
      if (t <= (time[c] as number)) break;
      this.move(c, i);
      i = c;
    }
    time[i] = t;
    this.kinds[i] = kind;
    this.argA[i] = a;
    this.argB[i] = b;
  }

  private move(from: number, to: number): void {
    this.time[to] = this.time[from] as number;
    this.kinds[to] = this.kinds[from] as number;
    this.argA[to] = this.argA[from] as number;
    this.argB[to] = this.argB[from] as number;
  }

  private grow(): void {
    const n = this.time.length * 2;
    const time = new Float64Array(n);
    time.set(this.time);
    this.time = time;
    const kinds = new Uint8Array(n);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const a = new Int32Array(n);
    a.set(this.argA);
    this.argA = a;
    const b = new Int32Array(n);
    b.set(this.argB);
    this.argB = b;
  }
}
