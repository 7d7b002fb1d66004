/**
 * The engine's model of an AWS Fargate service: the pure service state machine (service.ts)
 * driven by the engine. Requests come from a load balancer (each job is one request) or from
 * SQS (each batch becomes one unit of work per message); a unit of work holds a slot on its
 * task for its CPU time (scaled by the task's vCPU) and its waiting, then makes the task's SDK
 * calls one after another, like a function does.
 *
 * What the trace says (drawn like a function's environments, with happenings of its own so a
 * task start is never counted as a cold start): taskStarting → taskReady → (taskBusy →
 * taskIdle)… → taskDraining → taskStopped; scaling is a `scaled` happening and the requests
 * waiting at busy tasks are a queueDepth.
 *
 * Model assumptions (besides those of service.ts, start-time.ts and scaling.ts):
 * - a request's CPU time is drawn log-normally around "CPU work per request" and stretched
 *   by the other requests at work on the same task (contention.ts: they share its vCPU; the
 *   CPU metric counts the work asked for, so it may still read above 100 %);
 * - without a load balancer in front (workers) tasks need no health check and stop at once
 *   on scale-in; messages that wait at a task never time out (workers extend visibility);
 * - worker tasks receive a batch only while they have free slots for it.
 */
import { readConfig } from '../../catalog/typed-config.ts';
import { K, type CompiledNode } from '../../sim/compile.ts';
import type { SimPort } from '../../sim/port.ts';
import { alb } from '../alb/spec.ts';
import { fargate } from './spec.ts';
import { F_BATCH } from '../../sim/jobs.ts';
import { BaseModel, ST_ERROR, ST_OK, ST_THROTTLED, ST_TIMEOUT } from '../../sim/model-base.ts';
import { Rng, hashString } from '../../sim/rng.ts';
import { HAPPENING } from '../../sim/trace.ts';
import type { FargateUsage } from './pricing.ts';
import { cpuStretch } from './contention.ts';
import { DEFAULT_COOLDOWN_MS } from './scaling.ts';
import {
  FargateService,
  TASK_IN_SERVICE,
  type ServiceConfig,
  type ServiceEvent,
} from './service.ts';

const TAG_WORK = 1;
const CPU_SPREAD = 0.25;
const NO_TASK = -1;

/** What a container service reports beside the common service metrics. */
export interface ContainerMetrics {
  tasksStarted: number;
  peakTasks: number;
  /** Tasks starting or in service, time-averaged over the run. */
  avgTasks: number;
  billedTaskSeconds: number;
  /** Units of work that had to wait at a busy task, and how long they waited. */
  queued: number;
  meanQueueWaitMs: number;
  maxQueueWaitMs: number;
  peakQueue: number;
  /** Refused with no task in service, given up after waiting the idle timeout, cut by a drain. */
  unavailable503: number;
  timedOut504: number;
  cut502: number;
  scaleOuts: number;
  scaleIns: number;
}

export class FargateModel extends BaseModel {
  override readonly usage: FargateUsage;
  readonly service: FargateService;
  readonly stats = {
    requests: 0,
    completed: 0,
    failed: 0,
    queued: 0,
    queueWaitMs: 0,
    maxQueueWaitMs: 0,
    unavailable503: 0,
    timedOut504: 0,
    cut502: 0,
    scaleOuts: 0,
    scaleIns: 0,
  };
  /** Gauges: tasks starting or in service; units of work waiting at busy tasks. */
  readonly gTasks: number;
  readonly gQueue: number;
  private readonly rng: Rng;
  private readonly calls: number[];
  private readonly feeds: number[];
  private readonly cpuMs: number;
  private readonly waitMs: number;
  private readonly vcpu: number;
  private readonly network: string;
  /** Per task: its environment number in the trace, when it was asked for, shown busy. */
  private readonly taskEnv: number[] = [];
  private readonly askedAt: number[] = [];
  private readonly shownBusy: boolean[] = [];
  private lastQueue = 0;
  private payloadKbSum = 0;

  constructor(sim: SimPort, node: CompiledNode) {
    super(sim, node);
    const c = readConfig(fargate, node.config);
    this.rng = new Rng(sim.model.seed, hashString(node.id));
    this.vcpu = Math.max(0.25, Number(c.vcpu) || 0.5);
    this.cpuMs = Math.max(0, c.cpuMs);
    this.waitMs = Math.max(0, c.waitMs);
    this.network = c.network;
    const nodes = sim.model.nodes;
    const inbound = sim.model.edges.filter((e) => e.to === node.index);
    const lb = inbound.map((e) => nodes[e.from]).find((n) => n?.code === K.alb);
    this.feeds = inbound.filter((e) => nodes[e.from]?.code === K.sqs).map((e) => e.from);
    this.calls = [...node.out];
    const scaling = c.scaling;
    const minTasks = c.minTasks;
    const maxTasks = Math.max(1, c.maxTasks);
    const config: ServiceConfig = {
      vcpu: this.vcpu,
      minTasks,
      desiredTasks: c.desiredTasks,
      maxTasks,
      perTask: Math.max(1, c.perTask),
      imageMb: c.imageMb,
      healthCheckIntervalSec: lb ? readConfig(alb, lb.config).healthCheckIntervalSec : 0,
      deregistrationDelayMs: lb ? c.deregistrationDelaySec * 1000 : 0,
      queueTimeoutMs: lb ? readConfig(alb, lb.config).idleTimeoutSec * 1000 : Infinity,
      scaling:
        scaling === 'cpu' || scaling === 'requests' || scaling === 'backlog'
          ? {
              metric: scaling,
              target: c.target,
              minTasks,
              maxTasks,
              outCooldownMs: DEFAULT_COOLDOWN_MS,
              inCooldownMs: DEFAULT_COOLDOWN_MS,
            }
          : null,
    };
    this.usage = {
      kind: 'fargate',
      architecture: c.architecture === 'arm64' ? 'arm64' : 'x86_64',
      vcpu: this.vcpu,
      memoryGb: c.memoryGb,
      taskSeconds: 0,
      publicIpv4Hours: 0,
      natHours: 0,
      natGb: 0,
    };
    this.service = new FargateService(config, {
      get now() {
        return sim.now;
      },
      timer: (at, arg) => sim.nodeTimer(node.index, at, arg),
      random: this.rng,
      start: (work, task) => this.start(work, task),
      refuse: (work, status) => this.refuse(work, status),
      note: (event) => this.note(event),
    });
    this.gTasks = sim.gauges.register(this.service.liveTasks);
    this.gQueue = sim.gauges.register();
    // The tasks already running when the run begins.
    for (let t = 0; t < this.service.state.length; t++) {
      this.taskEnv[t] = sim.envCounter++;
      this.askedAt[t] = 0;
      sim.trace?.happen(0, HAPPENING.taskReady, node.index, this.taskEnv[t] as number, -1);
    }
  }

  /** Tasks the load balancer can send to now (registered and in service). */
  registeredTargets(): number {
    return this.service.count(TASK_IN_SERVICE);
  }

  /** How many batches of `batchSize` messages the worker tasks have room for at once. */
  batchRoom(batchSize: number): number {
    const slots = this.service.count(TASK_IN_SERVICE) * this.service.config.perTask;
    return Math.ceil(slots / Math.max(1, batchSize));
  }

  override arrive(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    if ((jobs.flags[job] as number) & F_BATCH) return this.arriveBatch(job);
    jobs.ref[job] = -1;
    this.payloadKbSum += sim.roots.payloadKb[jobs.root[job] as number] ?? 1;
    this.submit(job);
  }

  /** A batch of messages from SQS: one unit of work per message; answered when all are done. */
  private arriveBatch(batch: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    if (this.service.count(TASK_IN_SERVICE) === 0) return sim.reply(batch, ST_THROTTLED);
    const n = Math.max(1, jobs.items[batch] as number);
    jobs.aux[batch] = n;
    jobs.step[batch] = 0;
    for (let i = 0; i < n; i++) {
      const work = sim.derive(batch, this.node.index);
      jobs.ref[work] = batch;
      jobs.edge[work] = -1;
      this.payloadKbSum += 1;
      this.submit(work);
    }
  }

  private submit(work: number): void {
    const jobs = this.sim.jobs;
    this.stats.requests++;
    jobs.startAt[work] = this.sim.now;
    jobs.env[work] = NO_TASK;
    jobs.initMs[work] = this.rng.aroundMean(this.cpuMs, CPU_SPREAD);
    this.service.submit(work, jobs.initMs[work] as number);
    this.syncQueue();
  }

  /** The service gives unit `work` a slot on `task`: its CPU time and waiting, then its calls. */
  private start(work: number, task: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const waited = sim.now - (jobs.startAt[work] as number);
    if (waited > 0) {
      this.stats.queued++;
      this.stats.queueWaitMs += waited;
      this.stats.maxQueueWaitMs = Math.max(this.stats.maxQueueWaitMs, waited);
    }
    jobs.env[work] = task;
    jobs.step[work] = 0;
    jobs.aux[work] = -1;
    if (!this.shownBusy[task] && this.service.state[task] === TASK_IN_SERVICE) {
      this.shownBusy[task] = true;
      sim.trace?.happen(sim.now, HAPPENING.taskBusy, this.node.index, this.taskEnv[task] as number);
    }
    const cpu = (jobs.initMs[work] as number) / this.vcpu;
    const stretch = cpuStretch(this.service.active[task] as number, cpu, this.waitMs);
    const ms = cpu * stretch + this.waitMs;
    sim.jobTimer(work, sim.now + ms, TAG_WORK);
  }

  override jobTimer(work: number, _tag: number): void {
    this.nextCall(work);
  }

  private nextCall(work: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const edge = this.calls[jobs.step[work] as number];
    if (edge === undefined) return this.end(work, ST_OK);
    const child = sim.spawn(work, true);
    jobs.aux[work] = child;
    sim.dispatch(child, edge);
  }

  /** The answer to one of the task's SDK calls. */
  override reply(child: number, status: number): void {
    const jobs = this.sim.jobs;
    const work = jobs.parent[child] as number;
    if (work < 0) return;
    jobs.aux[work] = -1;
    if (status !== ST_OK) return this.end(work, ST_ERROR);
    jobs.step[work] = (jobs.step[work] as number) + 1;
    this.nextCall(work);
  }

  /** Unit `work` is over: its slot frees (a queued one may take it) and its answer goes back. */
  private end(work: number, status: number): void {
    const sim = this.sim;
    const task = sim.jobs.env[work] as number;
    sim.jobs.env[work] = NO_TASK;
    if (status === ST_OK) this.stats.completed++;
    else this.stats.failed++;
    this.service.finished(task);
    if (this.shownBusy[task] && this.service.active[task] === 0) {
      this.shownBusy[task] = false;
      if (this.service.state[task] === TASK_IN_SERVICE)
        sim.trace?.happen(
          sim.now,
          HAPPENING.taskIdle,
          this.node.index,
          this.taskEnv[task] as number,
        );
    }
    this.syncQueue();
    this.answer(work, status);
  }

  /** The service ended unit `work` without running it: 503, 504 or 502. */
  private refuse(work: number, status: 503 | 504 | 502): void {
    const sim = this.sim;
    const req = sim.jobs.req[work] as number;
    if (status === 503) this.stats.unavailable503++;
    else if (status === 504) this.stats.timedOut504++;
    else this.stats.cut502++;
    this.stats.failed++;
    sim.count('errors');
    const kind = status === 504 ? HAPPENING.timeout : HAPPENING.error;
    sim.trace?.happen(sim.now, kind, this.node.index, req, status);
    this.syncQueue();
    this.answer(work, status === 504 ? ST_TIMEOUT : ST_ERROR);
  }

  private answer(work: number, status: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const batch = jobs.ref[work] as number;
    if (batch < 0) return sim.reply(work, status);
    sim.freeJob(work);
    if (status !== ST_OK) jobs.step[batch] = 1;
    const left = (jobs.aux[batch] as number) - 1;
    jobs.aux[batch] = left;
    if (left === 0) sim.reply(batch, jobs.step[batch] ? ST_ERROR : ST_OK);
  }

  private note(event: ServiceEvent): void {
    const sim = this.sim;
    const node = this.node.index;
    const trace = sim.trace;
    switch (event.type) {
      case 'task-starting':
        this.taskEnv[event.task] = sim.envCounter++;
        this.askedAt[event.task] = sim.now;
        trace?.happen(sim.now, HAPPENING.taskStarting, node, this.taskEnv[event.task] as number);
        break;
      case 'task-in-service':
        trace?.happen(
          sim.now,
          HAPPENING.taskReady,
          node,
          this.taskEnv[event.task] as number,
          sim.now - (this.askedAt[event.task] as number),
        );
        for (const q of this.feeds) sim.neighbour(q).pump?.();
        break;
      case 'task-draining':
        this.shownBusy[event.task] = false;
        trace?.happen(sim.now, HAPPENING.taskDraining, node, this.taskEnv[event.task] as number);
        break;
      case 'task-stopped':
        trace?.happen(sim.now, HAPPENING.taskStopped, node, this.taskEnv[event.task] as number);
        break;
      case 'scaled':
        if (event.direction === 'out') this.stats.scaleOuts++;
        else this.stats.scaleIns++;
        trace?.happen(sim.now, HAPPENING.scaled, node, event.from, event.to);
        break;
    }
    const live = this.service.liveTasks;
    sim.gauges.add(this.gTasks, live - sim.gauges.level(this.gTasks), sim.now);
  }

  private syncQueue(): void {
    const sim = this.sim;
    const queued = this.service.queued;
    if (queued === this.lastQueue) return;
    sim.gauges.add(this.gQueue, queued - this.lastQueue, sim.now);
    this.lastQueue = queued;
    sim.trace?.happen(sim.now, HAPPENING.queueDepth, this.node.index, -1, queued);
  }

  /** Scaling on backlog per task reads the messages waiting upstream and at the tasks. */
  override nodeTimer(arg: number): void {
    let backlog = this.service.queued;
    for (const q of this.feeds) {
      const depth = this.sim.neighbour(q).gDepth;
      if (depth !== undefined) backlog += this.sim.gauges.level(depth);
    }
    this.service.setBacklog(backlog);
    this.service.onTimer(arg);
    this.syncQueue();
  }

  override sample(now: number): void {
    this.measure(this.service.billedSecondsAt(now), now);
  }

  /** Tasks still running are billed up to the end (sample is called again at the end). */
  override finish(now: number): void {
    this.sample(now);
  }

  private measure(taskSeconds: number, now: number): void {
    const u = this.usage;
    u.taskSeconds = taskSeconds;
    u.publicIpv4Hours = this.network === 'public-ip' ? taskSeconds / 3600 : 0;
    u.natHours = this.network === 'nat' ? now / 3_600_000 : 0;
    u.natGb = this.network === 'nat' ? this.payloadKbSum / (1024 * 1024) : 0;
  }

  /** The kind's own figures for the metrics (see ContainerMetrics). */
  report(runMs: number): ContainerMetrics {
    const s = this.stats;
    const g = this.sim.gauges;
    return {
      tasksStarted: this.service.stats.tasksStarted,
      peakTasks: this.service.stats.peakTasks,
      avgTasks: runMs > 0 ? (g.total[this.gTasks] as number) / runMs : 0,
      billedTaskSeconds: this.usage.taskSeconds,
      queued: s.queued,
      meanQueueWaitMs: s.queued > 0 ? s.queueWaitMs / s.queued : 0,
      maxQueueWaitMs: s.maxQueueWaitMs,
      peakQueue: this.service.stats.peakQueue,
      unavailable503: s.unavailable503,
      timedOut504: s.timedOut504,
      cut502: s.cut502,
      scaleOuts: s.scaleOuts,
      scaleIns: s.scaleIns,
    };
  }
}
