/**
 * The function platform model of one Lambda node: where an invocation runs (warm, cold or
 * throttled), how long it takes, what it calls, and what happens to its result. Invocations
 * arriving asynchronously go through Lambda's internal queue first (async-invocation.ts).
 *
 * An invocation: [environment start + INIT, or a SnapStart restore, if cold] → handler work → each SDK call in turn, waiting for its answer
 * → done. A planned error ends it after the handler work, before any call; the timeout ends it
 * wherever it is.
 */
import { billedDurationMs, type Usage } from '../../pricing/index.ts';
import type { CompiledNode } from '../../sim/compile.ts';
import { RECURSION_LIMIT, SCALE_UP_BURST, SCALE_UP_PER_MS } from '../../sim/defaults.ts';
import type { SimPort } from '../../sim/port.ts';
import { F_COLD, F_FAIL, F_PROV, F_TIMEOUT, F_WARM, R_FAILED } from '../../sim/jobs.ts';
import { TAG_ASYNC, acceptAsync, afterAsync, asyncAttempt } from './async-invocation.ts';
import { callAnswered, deadlineStruck, nextCall } from './sdk-calls.ts';
import { LambdaStats, drawHandler, readLambdaConfig, type LambdaConfig } from './runtime-config.ts';
import { EnvPool } from './env-pool.ts';
import type { LambdaParts } from './parts.ts';
import { BaseModel, ST_ERROR, ST_OK, ST_THROTTLED, ST_TIMEOUT } from '../../sim/model-base.ts';
import { Rng, hashString } from '../../sim/rng.ts';
import { COLD_START_RESTORED, HAPPENING, TOKEN_CLASS } from '../../sim/trace.ts';
import { drawColdStart } from './cold-start.ts';
import { drawLifetime } from './recycling.ts';

const TAG_INIT = 1;
const TAG_HANDLER = 2;
const TAG_END_OK = 3;
const TAG_END_ERROR = 4;
const TAG_END_TIMEOUT = 5;

export class LambdaModel extends BaseModel implements LambdaParts {
  override readonly usage: Extract<Usage, { kind: 'lambda' }>;
  readonly cfg: LambdaConfig;
  readonly pool: EnvPool;
  readonly rng: Rng;
  readonly stats = new LambdaStats();
  /** Outgoing SDK calls, in the order the function makes them. */
  readonly calls: number[];
  /** On-failure destinations of asynchronous invocations. */
  readonly onFailure: number[];
  /** Events waiting in the internal queue (asynchronous invocation). */
  readonly gAsync: number;
  readonly limit: number;
  private readonly shared: boolean;
  private scaleTokens = SCALE_UP_BURST;
  private scaleAt = 0;

  constructor(sim: SimPort, node: CompiledNode) {
    super(sim, node);
    const cfg = (this.cfg = readLambdaConfig(node));
    this.rng = new Rng(sim.model.seed, hashString(node.id));
    this.shared = cfg.reserved === null;
    this.limit = cfg.reserved ?? sim.account.unreservedPool;
    this.pool = new EnvPool(sim, node.index, sim.model.settings.keepAliveSec * 1000, this.shared);
    this.pool.onRecycle = () => this.stats.recycled++;
    this.gAsync = sim.gauges.register();
    const out = node.out.map((e) => sim.model.edges[e]).filter((e) => e !== undefined);
    this.calls = out.filter((e) => e.variant !== 'on-failure').map((e) => e.index);
    this.onFailure = out.filter((e) => e.variant === 'on-failure').map((e) => e.index);
    this.usage = {
      kind: 'lambda',
      architecture: cfg.architecture,
      memoryMb: cfg.memoryMb,
      ephemeralStorageMb: cfg.ephemeralStorageMb,
      requests: 0,
      billedDurationMs: 0,
      initDurationMs: 0,
      provisionedEnvMs: 0,
      provisionedBilledDurationMs: 0,
      provisionedRequests: 0,
      ...(cfg.snapStartCharged ? { snapStart: { restores: 0, cachedMs: 0 } } : {}),
      ...(cfg.streamMbPast6 > 0 ? { streamedMbPast6: 0 } : {}),
    };
    for (let i = 0; i < Math.min(cfg.provisioned, this.limit); i++) this.pool.create(0, true);
  }

  override arrive(job: number): void {
    const sim = this.sim;
    if ((sim.jobs.depth[job] as number) >= RECURSION_LIMIT) return this.stopLoop(job);
    if (sim.edgeAsync[sim.jobs.edge[job] as number]) return acceptAsync(this, sim, job);
    if (!this.start(job, true)) this.sim.reply(job, ST_THROTTLED);
  }

  /** Lambda's recursive-loop detection: the work is refused and counted as failed. */
  private stopLoop(job: number): void {
    const sim = this.sim;
    this.stats.loopsStopped++;
    sim.markRoot(sim.jobs.root[job] as number, R_FAILED);
    if (sim.trace) {
      sim.classify(job, TOKEN_CLASS.error);
      sim.trace.happen(sim.now, HAPPENING.dropped, this.node.index, sim.jobs.req[job] as number);
    }
    sim.reply(job, ST_ERROR);
  }

  /** Starts an invocation of `job` on an environment; false when it is throttled. */
  start(job: number, arrived: boolean): boolean {
    const sim = this.sim;
    const now = sim.now;
    const jobs = sim.jobs;
    const account = sim.account;
    const canGrow = !this.shared || account.unreservedInUse < account.unreservedPool;
    let env = this.pool.takeIdle(now, canGrow);
    const cold = env < 0;
    /** What the caller waits for before the handler starts, on a cold start. */
    let coldMs = 0;
    if (cold) {
      if (!canGrow || this.pool.inUse >= this.limit || !this.scaleUp(now)) {
        this.stats.throttles++;
        sim.count('throttles');
        if (sim.trace) {
          if (arrived) sim.classify(job, TOKEN_CLASS.throttled);
          sim.trace.happen(now, HAPPENING.throttled, this.node.index, jobs.req[job] as number);
        }
        return false;
      }
      if (this.cfg.textbook) env = this.pool.create(now, false);
      else {
        // Drawn here, before the environment exists, so its cold-start happening can carry the
        // part spent starting the environment (or say that it is a restore).
        const parts = drawColdStart(this.cfg.coldStart, this.rng);
        const stats = this.stats;
        stats.coldStartSamples.push(parts.totalMs);
        if (parts.restoreMs > 0) {
          stats.restores++;
          if (this.usage.snapStart) this.usage.snapStart.restores++;
        } else stats.initSamples.push(parts.initMs);
        jobs.initMs[job] = parts.initMs;
        coldMs = parts.totalMs;
        const value = parts.restoreMs > 0 ? COLD_START_RESTORED : parts.environmentMs;
        env = this.pool.create(now, false, value, now + drawLifetime(this.rng));
      }
    }
    jobs.env[job] = env;
    jobs.step[job] = 0;
    jobs.aux[job] = -1;
    let flags = (jobs.flags[job] as number) & ~(F_COLD | F_WARM | F_FAIL | F_PROV | F_TIMEOUT);
    flags |= cold ? F_COLD : F_WARM;
    if (this.pool.provisioned[env]) flags |= F_PROV;
    if (this.cfg.errorRate > 0 && this.rng.chance(this.cfg.errorRate)) flags |= F_FAIL;
    jobs.flags[job] = flags;
    this.stats.invocations++;
    if (cold) {
      this.stats.coldStarts++;
      sim.count('coldStarts');
    }
    if (arrived && sim.trace) sim.classify(job, cold ? TOKEN_CLASS.cold : TOKEN_CLASS.warm);
    if (cold && !this.cfg.textbook) {
      sim.jobTimer(job, now + coldMs, TAG_INIT);
    } else {
      jobs.initMs[job] = 0;
      this.beginHandler(job);
    }
    return true;
  }

  /** Scale-up limit: 1,000 new environments per 10 s per function (not in the textbook model). */
  private scaleUp(now: number): boolean {
    if (this.cfg.textbook) return true;
    this.scaleTokens = Math.min(
      SCALE_UP_BURST,
      this.scaleTokens + (now - this.scaleAt) * SCALE_UP_PER_MS,
    );
    this.scaleAt = now;
    if (this.scaleTokens < 1) return false;
    this.scaleTokens -= 1;
    return true;
  }

  private beginHandler(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const now = sim.now;
    const cfg = this.cfg;
    const flags = jobs.flags[job] as number;
    let work = drawHandler(cfg, this.rng, (flags & F_COLD) !== 0);
    // A streamed response past 6 MB flows at the 2 MB/s cap: the invocation lasts that long more.
    if (cfg.streamTailMs > 0 && !(flags & F_FAIL) && this.streams(job)) work += cfg.streamTailMs;
    const timeout = cfg.textbook ? Infinity : cfg.timeoutMs;
    jobs.startAt[job] = now;
    jobs.deadline[job] = now + timeout;
    if (work > timeout) {
      jobs.flags[job] = flags | F_TIMEOUT;
      sim.jobTimer(job, now + timeout, TAG_END_TIMEOUT);
    } else if (flags & F_FAIL) sim.jobTimer(job, now + work, TAG_END_ERROR);
    else sim.jobTimer(job, now + work, this.calls.length > 0 ? TAG_HANDLER : TAG_END_OK);
  }

  override jobTimer(job: number, tag: number): void {
    switch (tag) {
      case TAG_INIT:
        this.sim.trace?.happen(this.sim.now, HAPPENING.envWarm, this.node.index, this.envId(job));
        this.beginHandler(job);
        break;
      case TAG_HANDLER:
        nextCall(this, this.sim, job);
        break;
      case TAG_END_OK:
        this.end(job, ST_OK);
        break;
      case TAG_END_ERROR:
        this.end(job, ST_ERROR);
        break;
      case TAG_END_TIMEOUT:
        this.end(job, ST_TIMEOUT);
        break;
      case TAG_ASYNC:
        asyncAttempt(this, this.sim, job);
        break;
    }
  }

  /** The answer to one of the function's SDK calls. */
  override reply(child: number, status: number): void {
    callAnswered(this, this.sim, child, status);
  }

  /** The timeout struck while the function waited for a call. */
  override guard(job: number): void {
    deadlineStruck(this, this.sim, job);
  }

  /** The invocation is over: free its environment, bill it, hand its result on. */
  end(job: number, status: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const now = sim.now;
    const env = jobs.env[job] as number;
    const duration = now - (jobs.startAt[job] as number);
    const billed = billedDurationMs(duration, sim.model.settings.billingGranularityMs);
    const usage = this.usage;
    usage.requests++;
    usage.billedDurationMs += billed;
    this.stats.durationMs += duration;
    if ((jobs.flags[job] as number) & F_PROV) {
      usage.provisionedBilledDurationMs += billed;
      usage.provisionedRequests = (usage.provisionedRequests ?? 0) + 1;
    } else usage.initDurationMs += jobs.initMs[job] as number;
    if (usage.streamedMbPast6 !== undefined && status === ST_OK && this.streams(job))
      usage.streamedMbPast6 += this.cfg.streamMbPast6;
    this.pool.release(env, now);
    jobs.env[job] = -1;
    sim.rearm(job);
    if (status !== ST_OK) {
      this.stats.errors++;
      if (status === ST_TIMEOUT) this.stats.timeouts++;
      sim.count('errors');
      const kind = status === ST_TIMEOUT ? HAPPENING.timeout : HAPPENING.error;
      sim.trace?.happen(now, kind, this.node.index, jobs.req[job] as number);
    }
    if (sim.edgeAsync[jobs.edge[job] as number]) afterAsync(this, sim, job, status);
    else sim.reply(job, status);
  }

  /**
   * Whether this invocation's answer is streamed: only a caller that waits for it (an API, a
   * function URL's client, a synchronous invoke) receives a stream; queued, polled and
   * asynchronous events get no response to stream.
   */
  private streams(job: number): boolean {
    const edge = this.sim.model.edges[this.sim.jobs.edge[job] as number];
    return edge?.model === 'sync';
  }

  private envId(job: number): number {
    return this.pool.number[this.sim.jobs.env[job] as number] as number;
  }

  override sample(now: number): void {
    this.pool.sweep(now);
    this.usage.provisionedEnvMs = this.pool.provisionedCount * now;
    // A published SnapStart version is cached for as long as it exists: the whole run.
    if (this.usage.snapStart) this.usage.snapStart.cachedMs = now;
  }
}
