/**
 * Small growable containers on typed arrays: the engine keeps its state in these so that a run
 * of millions of requests allocates a handful of buffers rather than millions of objects.
 */

type Typed = Float64Array | Float32Array | Int32Array | Uint8Array | Uint32Array;

/** A copy of `array` with room for at least `min` elements (capacity doubles). */
export function grow<T extends Typed>(array: T, min: number): T {
  let n = Math.max(16, array.length * 2);
  while (n < min) n *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(n);
  bigger.set(array);
  return bigger;
}

/** FIFO of integers (message ids in a queue, records in a shard). */
export class IntQueue {
  private items = new Int32Array(16);
  private head = 0;
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      // Unroll the ring into a bigger buffer, oldest first.
      const next = new Int32Array(this.items.length * 2);
      for (let i = 0; i < this.length; i++) {
        next[i] = this.items[(this.head + i) % this.items.length] as number;
      }
      this.items = next;
      this.head = 0;
    }
    this.items[(this.head + this.length) % this.items.length] = value;
    this.length++;
  }

  /** Puts a value back at the front (a message that becomes visible again goes first). */
  unshift(value: number): void {
    if (this.length === this.items.length) this.push(this.shift());
    this.head = (this.head - 1 + this.items.length) % this.items.length;
    this.items[this.head] = value;
    this.length++;
  }

  shift(): number {
    const value = this.items[this.head] as number;
    this.head = (this.head + 1) % this.items.length;
    this.length--;
    return value;
  }

  at(index: number): number {
    return this.items[(this.head + index) % this.items.length] as number;
  }
}

/**
 * Max-heap of integer ids ordered by `keys[id]` (the idle environments of a function, newest
 * first). The owner replaces `keys` when it reallocates that array.
 */
export class KeyedMaxHeap {
  private ids = new Int32Array(16);
  size = 0;

  constructor(public keys: Float64Array) {}

  top(): number {
    return this.ids[0] as number;
  }

  push(id: number): void {
    if (this.size === this.ids.length) this.ids = grow(this.ids, this.size + 1);
    const keys = this.keys;
    const key = keys[id] as number;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = this.ids[p] as number;
      if ((keys[parent] as number) >= key) break;
      this.ids[i] = parent;
      i = p;
    }
    this.ids[i] = id;
  }

  pop(): number {
    const top = this.ids[0] as number;
    const last = --this.size;
    if (last > 0) this.siftDown(this.ids[last] as number, last);
    return top;
  }

  /** Keeps only the ids for which `keep` is true (used by the periodic expiry sweep). */
  filter(keep: (id: number) => boolean): void {
    let n = 0;
    for (let i = 0; i < this.size; i++) {
      const id = this.ids[i] as number;
      if (keep(id)) this.ids[n++] = id;
    }
    this.size = n;
    for (let i = (n >> 1) - 1; i >= 0; i--) {
      const id = this.ids[i] as number;
      this.siftDownFrom(i, id, n);
    }
  }

  forEach(visit: (id: number) => void): void {
    for (let i = 0; i < this.size; i++) visit(this.ids[i] as number);
  }

  private siftDown(id: number, size: number): void {
    this.siftDownFrom(0, id, size);
  }

  private siftDownFrom(start: number, id: number, size: number): void {
    const keys = this.keys;
    const key = keys[id] as number;
    let i = start;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      const r = c + 1;
      if (
        r < size &&
        (keys[this.ids[r] as number] as number) > (keys[this.ids[c] as number] as number)
      )
        c = r;
      const child = this.ids[c] as number;
      if ((keys[child] as number) <= key) break;
      this.ids[i] = child;
      i = c;
    }
    this.ids[i] = id;
  }
}
