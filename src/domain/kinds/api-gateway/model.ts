/**
 * API Gateway: a synchronous front door. Two token buckets (kinds/api-gateway/token-bucket.ts)
 * answer 429 when either is empty: the stage's (rate `throttleRps`, size `burst`) and the
 * account's, shared by every gateway of the scenario (10,000/s, burst 5,000); otherwise the request goes to one integration (round-robin over the
 * node's connections, like routes) after the gateway's own overhead, and the gateway waits at
 * most 29 s for a function or a load balancer (VPC link) to answer (then 504, while the target
 * runs on).
 */
import type { Usage } from '../../pricing/usage.ts';
import { readConfig } from '../../catalog/typed-config.ts';
import { K, type CompiledNode } from '../../sim/compile.ts';
import { apiGateway } from './spec.ts';
import type { SimPort } from '../../sim/port.ts';
import { abandonWait } from '../../sim/jobs.ts';
import { BaseModel, ST_OK, ST_THROTTLED, ST_TIMEOUT } from '../../sim/model-base.ts';
import { HAPPENING } from '../../sim/trace.ts';
import { inheritStart } from '../../sim/token-class.ts';
import {
  ACCOUNT_THROTTLE,
  INTEGRATION_TIMEOUT_MS,
  ThrottleChain,
  TokenBucket,
} from './token-bucket.ts';

/** The account-level bucket: one per run, shared by all gateway nodes. */
const accountBuckets = new WeakMap<SimPort, TokenBucket>();
function accountBucket(sim: SimPort): TokenBucket {
  let b = accountBuckets.get(sim);
  if (!b) accountBuckets.set(sim, (b = new TokenBucket(ACCOUNT_THROTTLE)));
  return b;
}

const TAG_MOCK = 1;

export class ApiGatewayModel extends BaseModel {
  override readonly usage: Extract<Usage, { kind: 'api-gateway' }>;
  readonly stats = { requests: 0, throttles: 0, timeouts: 0, errors: 0 };
  private readonly throttle: ThrottleChain;
  private readonly overheadMs: number;
  private turn = 0;
  private payloadSum = 0;
  /**
   * WebSocket APIs: connection minutes per message a client sends. Connections are counted, not
   * simulated: a client sends `messagesPerConnection` messages over a connection that lasts
   * `connectionMinutes` (a model assumption), so each message carries its share of the minutes.
   */
  private readonly minutesPerMessage: number;

  constructor(sim: SimPort, node: CompiledNode) {
    super(sim, node);
    const c = readConfig(apiGateway, node.config);
    const stage = new TokenBucket({ ratePerSec: c.throttleRps, burst: c.burst });
    this.throttle = new ThrottleChain([stage, accountBucket(sim)]);
    this.overheadMs = c.overheadMs;
    // Only the settings of this API's type reach its usage, so a REST or HTTP API's figures
    // are the same as before WebSocket APIs and caches existed.
    const cacheSizeGb =
      c.apiType === 'rest' && c.cacheSizeGb !== 'off' ? Number(c.cacheSizeGb) : NaN;
    this.minutesPerMessage =
      c.apiType === 'websocket' ? c.connectionMinutes / c.messagesPerConnection : 0;
    this.usage = {
      kind: 'api-gateway',
      apiType: c.apiType,
      requests: 0,
      payloadKb: 0,
      ...(c.apiType === 'websocket' ? { connectionMinutes: 0 } : {}),
      ...(Number.isFinite(cacheSizeGb) ? { cacheSizeGb, cacheHours: 0 } : {}),
    };
  }

  override arrive(job: number): void {
    const sim = this.sim;
    const now = sim.now;
    this.stats.requests++;
    if (!this.throttle.admit(now)) {
      this.stats.throttles++;
      sim.count('throttles');
      sim.trace?.happen(now, HAPPENING.throttled, this.node.index, sim.jobs.req[job] as number);
      return sim.reply(job, ST_THROTTLED);
    }
    this.usage.requests++;
    this.payloadSum += sim.roots.payloadKb[sim.jobs.root[job] as number] ?? 0;
    this.usage.payloadKb = this.payloadSum / this.usage.requests;
    if (this.usage.connectionMinutes !== undefined)
      this.usage.connectionMinutes += this.minutesPerMessage;
    const out = this.node.out;
    if (out.length === 0) return sim.jobTimer(job, now + this.overheadMs, TAG_MOCK);
    const edge = out[this.turn++ % out.length] as number;
    const child = sim.spawn(job, true);
    sim.jobs.aux[job] = child;
    const target = sim.model.nodes[sim.edgeTo[edge] as number];
    // The 29 s integration timeout holds for a function and for a load balancer behind a VPC
    // link alike: past it the client gets 504 from the gateway, whatever the target does next.
    if (target?.code === K.lambda || target?.code === K.alb)
      sim.guardTimer(job, now + this.overheadMs + INTEGRATION_TIMEOUT_MS);
    sim.dispatch(child, edge, this.overheadMs);
  }

  /** A stage cache is billed for every hour it exists: here, the whole run. */
  override sample(now: number): void {
    if (this.usage.cacheHours !== undefined) this.usage.cacheHours = now / 3_600_000;
  }

  override jobTimer(job: number, _tag: number): void {
    this.sim.reply(job, ST_OK);
  }

  override reply(child: number, status: number): void {
    const sim = this.sim;
    const job = sim.jobs.parent[child] as number;
    if (job < 0) return;
    sim.rearm(job);
    inheritStart(sim.jobs, child, job);
    if (status !== ST_OK && status !== ST_THROTTLED) this.stats.errors++;
    sim.reply(job, status);
  }

  /** 29 s passed without an answer: 504 to the client; the integration's answer will be ignored. */
  override guard(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    abandonWait(jobs, job);
    this.stats.timeouts++;
    sim.count('errors');
    sim.trace?.happen(sim.now, HAPPENING.timeout, this.node.index, jobs.req[job] as number);
    sim.reply(job, ST_TIMEOUT);
  }
}
