/**
 * The execution environments of one function: initialising, busy or idle. A request takes a
 * provisioned environment first, then the *newest* idle one (as the textbook model and SimFaaS
 * do — it lets older environments run out their keep-alive and expire).
 *
 * Expiry is lazy: nothing is scheduled when an environment goes idle. An expired environment
 * is noticed when a request looks at it, or by the sweep at the end of every time bucket, and
 * is then removed as of its true expiry time (levels are corrected retroactively). That saves
 * one queued event per request.
 *
 * Environments also have a lifetime (domain/kinds/lambda/recycling.ts): an idle one is retired at
 * the end of it, and a busy one as soon as it finishes its request, even under steady traffic.
 */
import { KeyedMaxHeap, grow } from '../../sim/buffers.ts';
import type { SimPort } from '../../sim/port.ts';
import { ENV_EXPIRE_RECYCLED, HAPPENING } from '../../sim/trace.ts';

export class EnvPool {
  /** Creation number of each environment slot: newest is largest; also its id in the trace. */
  number = new Float64Array(16);
  expiresAt = new Float64Array(16);
  /** When each environment reaches the end of its life (Infinity: never, as in the textbook model). */
  retireAt = new Float64Array(16);
  /** Called for each environment retired at the end of its life. */
  onRecycle: () => void = () => {};
  provisioned = new Uint8Array(16);
  private freeSlots: number[] = [];
  private used = 0;
  private readonly idle = new KeyedMaxHeap(this.number);
  private readonly provisionedIdle: number[] = [];
  /** Live environments. */
  count = 0;
  /** Busy or initialising on-demand environments. */
  active = 0;
  provisionedCount = 0;
  peakCount = 0;
  /** Gauges: executions in flight (concurrency) and live environments. */
  readonly gBusy: number;
  readonly gEnvs: number;

  constructor(
    private readonly sim: SimPort,
    private readonly nodeIndex: number,
    private readonly keepAliveMs: number,
    /** Counts against the account's unreserved pool (no reserved concurrency). */
    private readonly shared: boolean,
  ) {
    this.gBusy = sim.gauges.register();
    this.gEnvs = sim.gauges.register();
  }

  /** The concurrency this function holds: provisioned environments plus busy on-demand ones. */
  get inUse(): number {
    return this.provisionedCount + this.active;
  }

  /**
   * Takes an idle environment — provisioned first, else (when `onDemand` allows more on-demand
   * concurrency) the newest on-demand one — or returns −1.
   */
  takeIdle(now: number, onDemand: boolean): number {
    if (this.provisionedIdle.length > 0) {
      const env = this.provisionedIdle.pop() as number;
      this.sim.gauges.add(this.gBusy, 1, now);
      this.sim.trace?.happen(now, HAPPENING.envBusy, this.nodeIndex, this.number[env] as number);
      return env;
    }
    while (onDemand && this.idle.size > 0) {
      const env = this.idle.pop();
      if ((this.expiresAt[env] as number) <= now) {
        this.expire(env, now);
        continue;
      }
      this.addActive(1);
      this.sim.gauges.add(this.gBusy, 1, now);
      this.sim.trace?.happen(now, HAPPENING.envBusy, this.nodeIndex, this.number[env] as number);
      return env;
    }
    return -1;
  }

  /**
   * A new environment: provisioned ones start idle and ready, on-demand ones initialising.
   * `coldValue` is the value of its envColdStart happening (see trace.ts); `retireAt` when it
   * reaches the end of its life.
   */
  create(now: number, provisioned: boolean, coldValue = 0, retireAt = Infinity): number {
    let env = this.freeSlots.pop();
    if (env === undefined) {
      env = this.used++;
      if (env >= this.number.length) this.resize(env + 1);
    }
    this.number[env] = this.sim.envCounter++;
    this.provisioned[env] = provisioned ? 1 : 0;
    this.retireAt[env] = retireAt;
    this.count++;
    if (this.count > this.peakCount) this.peakCount = this.count;
    this.sim.gauges.add(this.gEnvs, 1, now);
    const id = this.number[env] as number;
    if (provisioned) {
      this.provisionedCount++;
      if (this.shared) this.sim.account.unreservedInUse++;
      this.provisionedIdle.push(env);
      this.sim.trace?.happen(now, HAPPENING.envProvisioned, this.nodeIndex, id);
    } else {
      this.addActive(1);
      this.sim.gauges.add(this.gBusy, 1, now);
      this.sim.trace?.happen(now, HAPPENING.envColdStart, this.nodeIndex, id, coldValue);
    }
    return env;
  }

  /** The environment finished a request; on-demand ones start their keep-alive. */
  release(env: number, now: number): void {
    this.sim.gauges.add(this.gBusy, -1, now);
    this.sim.trace?.happen(now, HAPPENING.envIdle, this.nodeIndex, this.number[env] as number);
    if (this.provisioned[env]) {
      this.provisionedIdle.push(env);
      return;
    }
    this.addActive(-1);
    const retireAt = this.retireAt[env] as number;
    if (retireAt <= now) {
      this.expiresAt[env] = now;
      this.expire(env, now);
      return;
    }
    this.expiresAt[env] = Math.min(now + this.keepAliveMs, retireAt);
    this.idle.push(env);
  }

  /** Removes every idle environment whose keep-alive ended by `now`. */
  sweep(now: number): void {
    this.idle.filter((env) => {
      if ((this.expiresAt[env] as number) > now) return true;
      this.expire(env, now);
      return false;
    });
  }

  private expire(env: number, now: number): void {
    const at = this.expiresAt[env] as number;
    const recycled = at >= (this.retireAt[env] as number);
    if (recycled) this.onRecycle();
    this.sim.gauges.addSince(this.gEnvs, -1, at, now);
    this.sim.trace?.happen(
      at,
      HAPPENING.envExpire,
      this.nodeIndex,
      this.number[env] as number,
      recycled ? ENV_EXPIRE_RECYCLED : 0,
    );
    this.count--;
    this.freeSlots.push(env);
  }

  private addActive(delta: number): void {
    this.active += delta;
    if (!this.shared) return;
    const account = this.sim.account;
    account.unreservedInUse += delta;
    if (account.unreservedInUse > account.peakUnreservedInUse)
      account.peakUnreservedInUse = account.unreservedInUse;
  }

  private resize(min: number): void {
    this.number = grow(this.number, min);
    this.idle.keys = this.number;
    this.expiresAt = grow(this.expiresAt, min);
    this.retireAt = grow(this.retireAt, min);
    this.provisioned = grow(this.provisioned, min);
  }
}
