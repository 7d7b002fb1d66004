/**
 * The discrete-event engine: a future-event list, simulated time in milliseconds, and the
 * moves every node kind shares — sending a job along an edge, answering it, setting timers.
 * What a node does with a job lives in its model, made by the factory it is given (models.ts);
 * models see the engine only through `SimPort` (port.ts). Deterministic: the same model,
 * seed and options give the same event order, metrics and trace.
 */
import type { Usage } from '../pricing/usage.ts';
import type { Model } from './compile.ts';
import { EventQueue } from './event-queue.ts';
import { Gauges } from './gauges.ts';
import { F_BATCH, F_REPLY, F_RETRY } from './jobs.ts';
import { Ledger } from './ledger.ts';
import type { NodeModel } from './node-model.ts';
import type { AccountConcurrency, NeighbourQueries, SimPort } from './port.ts';
import { TraceRecorder } from './trace-recorder.ts';
import { TOKEN_CLASS, TOKEN_FLAG, type TraceLimits } from './trace.ts';
import { responseClass } from './token-class.ts';

const EV_DELIVER = 1;
const EV_REPLY = 2;
const EV_JOB = 3;
const EV_GUARD = 4;
const EV_NODE = 5;
const EV_SAMPLE = 6;

export interface EngineOptions {
  trace: TraceLimits | null;
  buckets: number;
  /** The run stops early after this many events (a safety valve for runaway scenarios). */
  maxEvents: number;
}

export class Engine extends Ledger implements SimPort {
  events = 0;
  done = false;
  readonly endMs: number;
  /** Simulated time reached when the event budget ran out, or null if the run completed. */
  stoppedAtMs: number | null = null;
  private readonly maxEvents: number;
  readonly bucketMs: number;
  readonly queue = new EventQueue();
  readonly gauges: Gauges;
  /** Usage of every priced node at the end of each bucket (for the cost over time). */
  readonly usageAt: (Usage | null)[][] = [];
  /** Account-wide concurrency shared by functions without reserved concurrency. */
  readonly account: AccountConcurrency = {
    unreservedPool: 0,
    unreservedInUse: 0,
    peakUnreservedInUse: 0,
  };
  readonly models: NodeModel[];
  /** Edge columns, read on every hop (typed arrays beat object property loads in the hot loop). */
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeHop: Float64Array;
  /** 1 where the edge is an asynchronous invocation. */
  readonly edgeAsync: Uint8Array;
  /** Numbers environments across the run, in creation order (the trace's environment ids). */
  envCounter = 0;

  constructor(
    readonly model: Model,
    options: EngineOptions,
    /** Injected, not imported: the engine knows models only as `NodeModel`s (sim/models.ts makes them). */
    createModels: (sim: SimPort) => NodeModel[],
  ) {
    const buckets = Math.max(1, options.buckets);
    super(buckets, options.trace ? new TraceRecorder(options.trace) : null);
    this.endMs = model.durationMs;
    this.maxEvents = options.maxEvents;
    this.bucketMs = this.endMs / buckets;
    this.gauges = new Gauges(buckets);
    const edges = model.edges;
    this.edgeFrom = Int32Array.from(edges, (e) => e.from);
    this.edgeTo = Int32Array.from(edges, (e) => e.to);
    this.edgeHop = Float64Array.from(edges, (e) => e.hopMs);
    this.edgeAsync = Uint8Array.from(edges, (e) => (e.model === 'async' ? 1 : 0));
    this.models = createModels(this);
    // Bucket boundaries are queued one at a time (a short queue is a fast queue); the last
    // bucket is closed by finish() at the end time.
    if (buckets > 1) this.queue.push(this.bucketMs, EV_SAMPLE, 0, 0);
  }

  /** A neighbour's model, seen only through the queries a model may make of it (port.ts). */
  neighbour(node: number): NeighbourQueries {
    // Every NodeModel answers the queries its kind has; the interface's members are optional.
    return this.models[node] as NeighbourQueries;
  }

  get buckets(): number {
    return this.perBucket.requests.length;
  }

  /** Runs up to `maxEvents` events; true when the run has reached its end. */
  run(maxEvents = Infinity): boolean {
    if (this.done) return true;
    const q = this.queue;
    const end = this.endMs;
    const models = this.models;
    const jobs = this.jobs;
    const left = this.maxEvents - this.events;
    const budget = Math.min(maxEvents, left);
    let n = 0;
    while (n < budget) {
      if (q.size === 0 || q.peekTime() >= end) {
        this.events += n;
        this.finish();
        return true;
      }
      q.pop();
      this.now = q.topTime;
      n++;
      const a = q.topA;
      switch (q.topKind) {
        case EV_DELIVER:
          (models[jobs.node[a] as number] as NodeModel).arrive(a);
          break;
        case EV_REPLY:
          this.deliverReply(a, q.topB);
          break;
        case EV_JOB:
          (models[jobs.node[a] as number] as NodeModel).jobTimer(a, q.topB);
          break;
        case EV_GUARD:
          if (jobs.gen[a] === q.topB) (models[jobs.node[a] as number] as NodeModel).guard(a);
          break;
        case EV_NODE:
          (models[a] as NodeModel).nodeTimer(q.topB);
          break;
        case EV_SAMPLE:
          this.closeBucket(a, (a + 1) * this.bucketMs);
          if (a + 2 < this.buckets) q.push((a + 2) * this.bucketMs, EV_SAMPLE, a + 1, 0);
          break;
      }
    }
    this.events += n;
    if (n < left) return false;
    this.stoppedAtMs = this.now;
    this.finish();
    return true;
  }

  /** Where the run's clock ended: its duration, or where it stopped early. */
  get endedAtMs(): number {
    return this.stoppedAtMs ?? this.endMs;
  }

  /** Share of the simulated time done, 0..1. */
  progress(): number {
    return this.done ? 1 : Math.min(1, this.now / this.endMs);
  }

  /** Sends a new job of `from`'s request along `edge`; with `wantReply` `from` waits for the answer. */
  send(from: number, edge: number, wantReply: boolean, delayMs = 0): void {
    this.dispatch(this.spawn(from, wantReply), edge, delayMs);
  }

  /**
   * A new job of `from`'s request, not sent yet. Callers that must remember the child (or arm a
   * timer) do so before `dispatch`: a zero-latency hop delivers — and may finish — at once.
   */
  spawn(from: number, wantReply: boolean): number {
    const jobs = this.jobs;
    const child = this.derive(from, -1);
    jobs.parent[child] = wantReply ? from : -1;
    if (wantReply) jobs.flags[child] = F_REPLY;
    return child;
  }

  /**
   * Moves an existing job along `edge` (arrives after the hop plus `delayMs`). With no delay at
   * all the job is delivered now, before this returns: do not touch it afterwards.
   */
  dispatch(job: number, edge: number, delayMs = 0): void {
    this.jobs.edge[job] = edge;
    this.jobs.node[job] = this.edgeTo[edge] as number;
    const delay = delayMs + (this.edgeHop[edge] as number);
    if (this.trace) this.jobs.tok[job] = this.tokenOut(job, edge, delay, TOKEN_CLASS.normal, 0);
    if (delay === 0) this.deliver(job);
    else this.queue.push(this.now + delay, EV_DELIVER, job, 0);
  }

  private deliver(job: number): void {
    (this.models[this.jobs.node[job] as number] as NodeModel).arrive(job);
  }

  /** Records the trip of `job` along `edge`, leaving now and taking `delay`. */
  private tokenOut(job: number, edge: number, delay: number, cls: number, flags: number): number {
    const jobs = this.jobs;
    const jobFlags = jobs.flags[job] as number;
    const retry = jobFlags & F_RETRY ? TOKEN_FLAG.retry : 0;
    const batch = jobFlags & F_BATCH ? TOKEN_FLAG.batch : 0;
    const req = jobs.req[job] as number;
    const items = batch ? (jobs.items[job] as number) : 1;
    return (
      this.trace?.token(edge, this.now, this.now + delay, cls, flags | retry | batch, req, items) ??
      -1
    );
  }

  /** Colours the token of the trip `job` just made (cold, warm, throttled…), when tracing. */
  classify(job: number, cls: number): void {
    this.trace?.setClass(this.jobs.tok[job] as number, cls);
  }

  /** Answers `job` to whoever sent it (and frees it), or just frees it if nobody waits. */
  reply(job: number, status: number): void {
    const jobs = this.jobs;
    if (!((jobs.flags[job] as number) & F_REPLY) || (jobs.edge[job] as number) < 0) {
      this.freeJob(job);
      return;
    }
    const edge = jobs.edge[job] as number;
    const hop = this.edgeHop[edge] as number;
    if (this.trace)
      this.tokenOut(
        job,
        edge,
        hop,
        responseClass(jobs.flags[job] as number, status),
        TOKEN_FLAG.response,
      );
    if (hop === 0) this.deliverReply(job, status);
    else this.queue.push(this.now + hop, EV_REPLY, job, status);
  }

  private deliverReply(job: number, status: number): void {
    (this.models[this.edgeFrom[this.jobs.edge[job] as number] as number] as NodeModel).reply(
      job,
      status,
    );
    this.freeJob(job);
  }

  // ---- timers ----

  jobTimer(job: number, at: number, tag: number): void {
    this.queue.push(at, EV_JOB, job, tag);
  }

  /** A timer that fires only if `job` is still the same job then (see `rearm`). */
  guardTimer(job: number, at: number): void {
    this.queue.push(at, EV_GUARD, job, this.jobs.gen[job] as number);
  }

  /** Cancels the guard timers of `job` without freeing it. */
  rearm(job: number): void {
    this.jobs.gen[job] = (this.jobs.gen[job] as number) + 1;
  }

  nodeTimer(node: number, at: number, arg: number): void {
    this.queue.push(at, EV_NODE, node, arg);
  }

  // ---- buckets ----

  private closeBucket(k: number, end: number): void {
    for (const m of this.models) m.sample(end);
    this.gauges.close(k, k * this.bucketMs, end);
    this.usageAt.push(this.models.map((m) => (m.usage ? { ...m.usage } : null)));
    this.bucket = Math.min(k + 1, this.buckets - 1);
  }

  private finish(): void {
    const end = this.endedAtMs;
    this.done = true;
    this.now = end;
    for (const m of this.models) m.finish(end);
    this.closeBucket(this.bucket, end);
  }
}
