/**
 * The two tables of moving work, as columns of typed arrays with free lists (slots are reused,
 * nothing is allocated per request):
 * - a **root** is one request that entered the system at an event source; it stays alive
 *   while any of its jobs is alive, then ends in exactly one outcome;
 * - a **job** is one piece of that request at one node: an HTTP call waiting at API Gateway,
 *   an invocation of a function, a message in a queue, a batch on its way to a function.
 */
import { grow } from './buffers.ts';

/** Job flags. */
export const F_REPLY = 1; // the sender waits for an answer
export const F_COLD = 2; // the invocation started a new environment
export const F_FAIL = 4; // the invocation is going to fail (drawn from the error rate)
export const F_PROV = 8; // the invocation runs on a provisioned environment
export const F_RETRY = 16; // this delivery is a retry (drawn dashed)
export const F_TIMEOUT = 32; // the invocation ran into its timeout
export const F_WARM = 64; // the invocation reused a warm environment
export const F_BATCH = 128; // a poller's batch of messages or records

/** Root flags: the worst thing that happened to a request decides its outcome. */
export const R_FAILED = 1;
export const R_THROTTLED = 2;
export const R_DEAD = 4;

/** Slots with a free list: `alloc` reuses a released slot, or takes a new one and grows. */
abstract class SlotTable {
  private free = new Int32Array(0);
  private freeCount = 0;
  private used = 0;
  live = 0;

  /** How many slots the columns hold now. */
  protected abstract capacity(): number;
  /** Grows every column to hold at least `min` slots. */
  protected abstract resize(min: number): void;

  alloc(): number {
    this.live++;
    if (this.freeCount > 0) return this.free[--this.freeCount] as number;
    const slot = this.used++;
    if (slot >= this.capacity()) this.resize(slot + 1);
    return slot;
  }

  release(slot: number): void {
    this.live--;
    if (this.freeCount === this.free.length) this.free = grow(this.free, this.freeCount + 1);
    this.free[this.freeCount++] = slot;
  }
}

/**
 * `job` stops waiting for the child it is waiting on (kept in `aux`): a timeout struck. The
 * child goes on, and its late answer reaches nobody.
 */
export function abandonWait(jobs: JobTable, job: number): void {
  const child = jobs.aux[job] as number;
  if (child >= 0 && jobs.parent[child] === job) {
    jobs.parent[child] = -1;
    jobs.flags[child] = (jobs.flags[child] as number) & ~F_REPLY;
  }
}

export class JobTable extends SlotTable {
  root = new Int32Array(0);
  /** Request number (for the trace), kept even when a job is detached from its root. */
  req = new Int32Array(0);
  node = new Int32Array(0);
  edge = new Int32Array(0);
  /** The job waiting for this one's answer (set by Engine.spawn; read only when F_REPLY). */
  parent = new Int32Array(0);
  env = new Int32Array(0);
  step = new Int32Array(0);
  gen = new Int32Array(0);
  /** Owned by the node the job is at (e.g. the call a function waits for). */
  aux = new Int32Array(0);
  /** Owned by the node that sent the job (e.g. which batch a poller's job carries). */
  ref = new Int32Array(0);
  /** Messages or records a batch carries (read only for batches: F_BATCH). */
  items = new Int32Array(0);
  /** Function invocations upstream in this chain of work (for recursive-loop detection). */
  depth = new Int32Array(0);
  /** Index of the trace token of the job's current trip (when tracing). */
  tok = new Int32Array(0);
  attempt = new Int32Array(0);
  flags = new Int32Array(0);
  startAt = new Float64Array(0);
  deadline = new Float64Array(0);
  initMs = new Float64Array(0);
  bornAt = new Float64Array(0);

  /** A released job's generation changes, so stale references to its slot can be told apart. */
  override release(slot: number): void {
    this.gen[slot] = (this.gen[slot] as number) + 1;
    super.release(slot);
  }

  protected capacity(): number {
    return this.root.length;
  }

  protected resize(min: number): void {
    this.root = grow(this.root, min);
    this.req = grow(this.req, min);
    this.node = grow(this.node, min);
    this.edge = grow(this.edge, min);
    this.parent = grow(this.parent, min);
    this.env = grow(this.env, min);
    this.step = grow(this.step, min);
    this.gen = grow(this.gen, min);
    this.aux = grow(this.aux, min);
    this.ref = grow(this.ref, min);
    this.items = grow(this.items, min);
    this.depth = grow(this.depth, min);
    this.tok = grow(this.tok, min);
    this.attempt = grow(this.attempt, min);
    this.flags = grow(this.flags, min);
    this.startAt = grow(this.startAt, min);
    this.deadline = grow(this.deadline, min);
    this.initMs = grow(this.initMs, min);
    this.bornAt = grow(this.bornAt, min);
  }
}

export class RootTable extends SlotTable {
  bornAt = new Float64Array(0);
  payloadKb = new Float64Array(0);
  refs = new Int32Array(0);
  flags = new Int32Array(0);
  req = new Int32Array(0);
  source = new Int32Array(0);

  protected capacity(): number {
    return this.refs.length;
  }

  protected resize(min: number): void {
    this.bornAt = grow(this.bornAt, min);
    this.payloadKb = grow(this.payloadKb, min);
    this.refs = grow(this.refs, min);
    this.flags = grow(this.flags, min);
    this.req = grow(this.req, min);
    this.source = grow(this.source, min);
  }
}
