/**
 * An ECS service of Fargate tasks, as a small state machine independent of the engine: tasks
 * (starting, in service, draining), a queue at each busy task, request timeouts, target
 * tracking each minute, and per-second billing from the pull. The engine adapter feeds it
 * requests and timers through a narrow port and tells it when a request's work is done.
 *
 * Model assumptions (said in the concept page and the inspector too):
 * - the load balancer routes round-robin over tasks in service (the ALB's default algorithm) and
 *   a task that has all its slots busy queues the request (ALBs have no queue of their own);
 * - a request that waits longer than the timeout is answered 504 and leaves the queue;
 * - a draining task keeps its client connections for the whole deregistration delay, so it is
 *   billed for it; requests still running when the delay ends get 502 (ALB User Guide).
 */
import { billedTaskSeconds } from './billing.ts';
import { evaluateScaling, initialScalingState, DATAPOINT_MS } from './scaling.ts';
import type { ScalingPolicy, ScalingState } from './scaling.ts';
import { drawTaskStart, type StartTimeRandom } from './start-time.ts';

export const TASK_STARTING = 0;
export const TASK_IN_SERVICE = 1;
export const TASK_DRAINING = 2;
export const TASK_STOPPED = 3;

export type ServiceConfig = {
  vcpu: number;
  minTasks: number;
  desiredTasks: number;
  maxTasks: number;
  /** Requests one task works on at once; more wait in its queue. */
  perTask: number;
  imageMb: number;
  /** 0 = no load balancer (workers): no health check wait. */
  healthCheckIntervalSec: number;
  deregistrationDelayMs: number;
  /** How long a request may wait in a task's queue (the ALB idle timeout, 60 s by default). */
  queueTimeoutMs: number;
  /** Target tracking; null = fixed count. */
  scaling: (ScalingPolicy & { metric: 'cpu' | 'requests' | 'backlog' }) | null;
};

/** What the service needs from the engine. */
export interface ServicePort {
  readonly now: number;
  /** Calls `onTimer(arg)` at `atMs`. */
  timer(atMs: number, arg: number): void;
  readonly random: StartTimeRandom;
  /** Start the work of request `req` on `task` (the engine adds duration and downstream calls). */
  start(req: number, task: number): void;
  /** The request ended without being worked on to the end: 503, 504 or 502. */
  refuse(req: number, status: 503 | 504 | 502): void;
  /** A task changed state or the service scaled (for the trace, caption and log). */
  note(event: ServiceEvent): void;
}

export type ServiceEvent =
  | { type: 'task-starting'; task: number }
  | { type: 'task-in-service'; task: number }
  | { type: 'task-draining'; task: number }
  | { type: 'task-stopped'; task: number }
  | { type: 'scaled'; direction: 'out' | 'in'; from: number; to: number; metric: number };

const T_READY = 0;
const T_STOP = 1;
const T_TIMEOUT = 2;
const T_MINUTE = 3;
const TIMER_KINDS = 4;

type Waiting = { req: number; deadline: number; done: boolean };

export type ServiceStats = {
  submitted: number;
  started: number;
  rejected503: number;
  timedOut504: number;
  cut502: number;
  tasksStarted: number;
  peakTasks: number;
  peakQueue: number;
  billedTaskSeconds: number;
};

export class FargateService {
  readonly state: number[] = [];
  readonly active: number[] = [];
  readonly queues: Waiting[][] = [];
  /** Start of the image pull (billing starts there), per task. */
  private readonly pullAt: number[] = [];
  /** Tasks already running when the run began: billed from then, without a new minimum. */
  private readonly initial: boolean[] = [];
  private readonly waiting: Waiting[] = [];
  private turn = 0;
  private queuedCount = 0;
  private desired: number;
  private scalingState: ScalingState = initialScalingState();
  private minuteCpuMs = 0;
  private minuteRequests = 0;
  private backlog = 0;
  readonly stats: ServiceStats = {
    submitted: 0,
    started: 0,
    rejected503: 0,
    timedOut504: 0,
    cut502: 0,
    tasksStarted: 0,
    peakTasks: 0,
    peakQueue: 0,
    billedTaskSeconds: 0,
  };

  constructor(
    readonly config: ServiceConfig,
    private readonly port: ServicePort,
  ) {
    const lo = Math.max(0, Math.floor(config.minTasks));
    const hi = Math.max(lo, Math.floor(config.maxTasks));
    this.desired = Math.min(hi, Math.max(lo, Math.floor(config.desiredTasks)));
    // The service is already running when the run starts: its tasks are in service at time 0.
    for (let i = 0; i < this.desired; i++) {
      this.addTask(TASK_IN_SERVICE, port.now);
      this.initial[i] = true;
    }
    if (config.scaling) port.timer(port.now + DATAPOINT_MS, T_MINUTE);
  }

  get desiredCount(): number {
    return this.desired;
  }

  /** Tasks that count toward the desired count: starting or in service (never above max). */
  get liveTasks(): number {
    let n = 0;
    for (const s of this.state) if (s === TASK_STARTING || s === TASK_IN_SERVICE) n++;
    return n;
  }

  count(state: number): number {
    let n = 0;
    for (const s of this.state) if (s === state) n++;
    return n;
  }

  /** Requests waiting in the tasks' queues. */
  get queued(): number {
    return this.queuedCount;
  }

  /** A request arrives from the load balancer (or a poller); `cpuMs` is its CPU time at 1 vCPU. */
  submit(req: number, cpuMs: number): void {
    this.stats.submitted++;
    this.minuteRequests++;
    this.minuteCpuMs += cpuMs / Math.max(0.25, this.config.vcpu);
    const task = this.pickTask();
    if (task < 0) {
      this.stats.rejected503++;
      return this.port.refuse(req, 503);
    }
    if ((this.active[task] as number) < this.config.perTask) return this.begin(req, task);
    const w: Waiting = { req, deadline: this.port.now + this.config.queueTimeoutMs, done: false };
    (this.queues[task] as Waiting[]).push(w);
    this.waiting.push(w);
    this.queuedCount++;
    this.stats.peakQueue = Math.max(this.stats.peakQueue, this.queued);
    this.port.timer(w.deadline, T_TIMEOUT + TIMER_KINDS * (this.waiting.length - 1));
  }

  /** The work of a request that ran on `task` is over (answered by the engine). */
  finished(task: number): void {
    this.active[task] = Math.max(0, (this.active[task] as number) - 1);
    const queue = this.queues[task] as Waiting[];
    while (queue.length > 0) {
      const next = queue.shift() as Waiting;
      if (next.done) continue;
      next.done = true;
      this.queuedCount--;
      return this.begin(next.req, task);
    }
  }

  /** Free slots across tasks in service (for a worker service pulling from a queue). */
  freeSlots(): number {
    let free = 0;
    for (let t = 0; t < this.state.length; t++)
      if (this.state[t] === TASK_IN_SERVICE)
        free += Math.max(0, this.config.perTask - (this.active[t] as number));
    return free;
  }

  /** Messages waiting upstream, for scaling on backlog per task. */
  setBacklog(messages: number): void {
    this.backlog = messages;
  }

  onTimer(arg: number): void {
    const kind = arg % TIMER_KINDS;
    const id = (arg - kind) / TIMER_KINDS;
    if (kind === T_READY) return this.ready(id);
    if (kind === T_STOP) return this.stop(id);
    if (kind === T_TIMEOUT) return this.timeout(id);
    if (kind === T_MINUTE) return this.minute();
  }

  /** Bills the tasks still running at the end of the run. */
  finish(endMs: number): void {
    for (let t = 0; t < this.state.length; t++) {
      if (this.state[t] !== TASK_STOPPED) {
        this.stats.billedTaskSeconds += this.billed(t, endMs);
      }
    }
  }

  /** Billed task-seconds so far, counting running tasks up to `nowMs` (for cost over time). */
  billedSecondsAt(nowMs: number): number {
    let s = this.stats.billedTaskSeconds;
    for (let t = 0; t < this.state.length; t++)
      if (this.state[t] !== TASK_STOPPED) s += this.billed(t, nowMs);
    return s;
  }

  /** Seconds billed for `task` up to `atMs` (its one-minute minimum was paid before the run). */
  private billed(task: number, atMs: number): number {
    const from = this.pullAt[task] as number;
    if (this.initial[task]) return Math.ceil(Math.max(0, atMs - from) / 1000 - 1e-9);
    return billedTaskSeconds(from, atMs);
  }

  private begin(req: number, task: number): void {
    this.active[task] = (this.active[task] as number) + 1;
    this.stats.started++;
    this.port.start(req, task);
  }

  private pickTask(): number {
    const n = this.state.length;
    for (let i = 0; i < n; i++) {
      const t = (this.turn + i) % n;
      if (this.state[t] === TASK_IN_SERVICE) {
        this.turn = t + 1;
        return t;
      }
    }
    return -1;
  }

  private addTask(state: number, pullAt: number): number {
    const id = this.state.length;
    this.state.push(state);
    this.active.push(0);
    this.queues.push([]);
    this.pullAt.push(pullAt);
    this.stats.peakTasks = Math.max(this.stats.peakTasks, this.liveTasks);
    return id;
  }

  private launch(): void {
    const now = this.port.now;
    const start = drawTaskStart(
      { imageMb: this.config.imageMb, healthCheckIntervalSec: this.config.healthCheckIntervalSec },
      this.port.random,
    );
    // Billing starts with the pull, after provisioning.
    const id = this.addTask(TASK_STARTING, now + start.provisionMs);
    this.stats.tasksStarted++;
    this.port.note({ type: 'task-starting', task: id });
    this.port.timer(
      now + start.provisionMs + start.pullMs + start.healthMs,
      T_READY + TIMER_KINDS * id,
    );
  }

  private ready(task: number): void {
    if (this.state[task] !== TASK_STARTING) return;
    this.state[task] = TASK_IN_SERVICE;
    this.port.note({ type: 'task-in-service', task });
  }

  private drain(task: number): void {
    const now = this.port.now;
    if (this.state[task] === TASK_STARTING) {
      // Not registered yet: it stops at once (billed from its pull, if the pull had begun).
      this.state[task] = TASK_STOPPED;
      if ((this.pullAt[task] as number) <= now)
        this.stats.billedTaskSeconds += billedTaskSeconds(this.pullAt[task] as number, now);
      this.port.note({ type: 'task-stopped', task });
      return;
    }
    this.state[task] = TASK_DRAINING;
    this.port.note({ type: 'task-draining', task });
    this.port.timer(now + this.config.deregistrationDelayMs, T_STOP + TIMER_KINDS * task);
  }

  private stop(task: number): void {
    if (this.state[task] !== TASK_DRAINING) return;
    const queue = this.queues[task] as Waiting[];
    for (const w of queue) {
      if (w.done) continue;
      w.done = true;
      this.queuedCount--;
      this.stats.cut502++;
      this.port.refuse(w.req, 502);
    }
    queue.length = 0;
    // Model assumption: requests still running finish (AWS would answer 502); with the default
    // 300 s delay and a 60 s timeout none can still be running.
    this.state[task] = TASK_STOPPED;
    this.stats.billedTaskSeconds += this.billed(task, this.port.now);
    this.port.note({ type: 'task-stopped', task });
  }

  private timeout(index: number): void {
    const w = this.waiting[index];
    if (!w || w.done) return;
    // Left in its task's queue, marked done: `finished` skips it (no search through queues).
    w.done = true;
    this.queuedCount--;
    this.stats.timedOut504++;
    this.port.refuse(w.req, 504);
  }

  private minute(): void {
    const policy = this.config.scaling;
    if (!policy) return;
    const now = this.port.now;
    const inService = this.count(TASK_IN_SERVICE);
    let metric: number | null = null;
    if (inService > 0) {
      if (policy.metric === 'cpu') metric = (100 * this.minuteCpuMs) / (inService * DATAPOINT_MS);
      else if (policy.metric === 'requests') metric = this.minuteRequests / inService;
      else metric = this.backlog / inService;
    }
    this.minuteCpuMs = 0;
    this.minuteRequests = 0;
    const decision = evaluateScaling(policy, this.scalingState, {
      nowMs: now,
      metric,
      inService,
      desired: this.desired,
    });
    this.scalingState = decision.state;
    if (decision.action) {
      const from = this.desired;
      this.desired = decision.desired;
      this.port.note({
        type: 'scaled',
        direction: decision.action,
        from,
        to: this.desired,
        metric: metric ?? 0,
      });
    }
    this.reconcile();
    this.port.timer(now + DATAPOINT_MS, T_MINUTE);
  }

  /** Starts or drains tasks until the live count equals the desired count. */
  private reconcile(): void {
    let live = this.liveTasks;
    while (live < this.desired) {
      this.launch();
      live++;
    }
    while (live > this.desired) {
      this.drain(this.surplusTask());
      live--;
    }
  }

  /** The task to let go first: one still starting, else the least busy in service. */
  private surplusTask(): number {
    let best = -1;
    for (let t = this.state.length - 1; t >= 0; t--) {
      if (this.state[t] === TASK_STARTING) return t;
      if (this.state[t] === TASK_IN_SERVICE) {
        if (best < 0 || (this.active[t] as number) < (this.active[best] as number)) best = t;
      }
    }
    return best;
  }
}
