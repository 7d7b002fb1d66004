/**
 * The books of a run: requests (roots) and the jobs they consist of, allocated and freed as
 * work moves, and how each request ended. A request ends when its last job is freed; the worst
 * thing that happened to it on the way decides its outcome (traced as one `requestDone`).
 */
import { JobTable, R_DEAD, R_FAILED, R_THROTTLED, RootTable } from './jobs.ts';
import { LatencyHistogram } from './latency.ts';
import type { TraceRecorder } from './trace-recorder.ts';
import { HAPPENING, REQUEST_OUTCOME } from './trace.ts';

/** How the requests that entered have ended so far. */
export class Outcomes {
  requests = 0;
  succeeded = 0;
  failed = 0;
  throttled = 0;
  deadLettered = 0;
}

export type BucketSeries = 'requests' | 'throttles' | 'errors' | 'coldStarts';

export class Ledger {
  /** Simulated time, ms. */
  now = 0;
  /** Index of the current time-series bucket. */
  bucket = 0;
  readonly jobs = new JobTable();
  readonly roots = new RootTable();
  readonly outcomes = new Outcomes();
  /** End-to-end latency of synchronous requests. */
  readonly latency = new LatencyHistogram();
  /** Per bucket: arrivals, throttles, errors, cold starts. */
  readonly perBucket: Record<BucketSeries, Float64Array>;
  private reqCounter = 0;

  constructor(
    buckets: number,
    /** Records the trace when asked for, else null. */
    readonly trace: TraceRecorder | null,
  ) {
    const series = () => new Float64Array(buckets);
    this.perBucket = {
      requests: series(),
      throttles: series(),
      errors: series(),
      coldStarts: series(),
    };
  }

  count(series: BucketSeries, n = 1): void {
    const s = this.perBucket[series];
    s[this.bucket] = (s[this.bucket] as number) + n;
  }

  /** A new request entering at `source`. */
  newRoot(source: number, payloadKb: number): number {
    const roots = this.roots;
    const r = roots.alloc();
    roots.bornAt[r] = this.now;
    roots.payloadKb[r] = payloadKb;
    roots.refs[r] = 0;
    roots.flags[r] = 0;
    roots.req[r] = this.reqCounter++;
    roots.source[r] = source;
    this.outcomes.requests++;
    const perBucket = this.perBucket.requests;
    perBucket[this.bucket] = (perBucket[this.bucket] as number) + 1;
    return r;
  }

  /**
   * A job of request `root` (or of no request: root −1) at `node`. Only the columns every job
   * needs are reset here; each model sets the others it reads (this runs once per hop).
   */
  newJob(root: number, req: number, node: number): number {
    const j = this.jobs.alloc();
    const jobs = this.jobs;
    jobs.root[j] = root;
    jobs.req[j] = req;
    jobs.node[j] = node;
    jobs.edge[j] = -1;
    jobs.flags[j] = 0;
    jobs.depth[j] = 0;
    if (root >= 0) this.roots.refs[root] = (this.roots.refs[root] as number) + 1;
    return j;
  }

  /**
   * A new job at `node` carrying on `from`'s work (a stored message, a queued event, a batch);
   * `detached` ones no longer count for the request (its outcome is already settled).
   */
  derive(from: number, node: number, detached = false): number {
    const jobs = this.jobs;
    const j = this.newJob(
      detached ? -1 : (jobs.root[from] as number),
      jobs.req[from] as number,
      node,
    );
    jobs.depth[j] = jobs.depth[from] as number;
    return j;
  }

  freeJob(job: number): void {
    const root = this.jobs.root[job] as number;
    this.jobs.release(job);
    if (root < 0) return;
    const refs = (this.roots.refs[root] as number) - 1;
    this.roots.refs[root] = refs;
    if (refs === 0) this.endRoot(root);
  }

  markRoot(root: number, flag: number): void {
    if (root >= 0) this.roots.flags[root] = (this.roots.flags[root] as number) | flag;
  }

  private endRoot(root: number): void {
    const flags = this.roots.flags[root] as number;
    const o = this.outcomes;
    let outcome: number;
    if (flags & R_DEAD) {
      o.deadLettered++;
      outcome = REQUEST_OUTCOME.deadLettered;
    } else if (flags & R_FAILED) {
      o.failed++;
      outcome = REQUEST_OUTCOME.failed;
    } else if (flags & R_THROTTLED) {
      o.throttled++;
      outcome = REQUEST_OUTCOME.throttled;
    } else {
      o.succeeded++;
      outcome = REQUEST_OUTCOME.succeeded;
    }
    const roots = this.roots;
    this.trace?.happen(
      this.now,
      HAPPENING.requestDone,
      roots.source[root] as number,
      roots.req[root] as number,
      outcome,
    );
    roots.release(root);
  }
}
