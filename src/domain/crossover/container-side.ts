/**
 * The container design's side: the Fargate service model (kinds/fargate/service.ts) run on
 * the same arrival process and seed, behind a load balancer for HTTP. Downstream services are
 * the same on both sides, so their bill is taken from the Lambda run, and each request waits
 * for them as long as the function did on average (model assumption).
 */
import { EventQueue } from '../sim/event-queue.ts';
import { LatencyHistogram } from '../sim/latency.ts';
import { Rng } from '../sim/rng.ts';
import { PRICES } from '../pricing/prices.ts';
import { MONTH_MS } from '../pricing/project.ts';
import { FargateService, type ServiceConfig } from '../kinds/fargate/service.ts';
import { NETWORK_PRICES } from '../kinds/fargate/network-prices.ts';
import { albCost, lcuUsageFromTraffic } from '../kinds/alb/cost.ts';
import { DEFAULT_ALB_LATENCY_MS, IDLE_TIMEOUT_MS } from '../kinds/alb/routing.ts';
import { emptyDesign } from './lines.ts';
import type { SideSummary } from './lambda-side.ts';
import { logsUsd } from './logs.ts';
import { rateAt, type RateShape } from './traffic.ts';

export type ContainerSetup = {
  vcpu: number;
  memoryGb: number;
  architecture: 'x86_64' | 'arm64';
  minTasks: number;
  desiredTasks: number;
  maxTasks: number;
  perTask: number;
  cpuMs: number;
  waitMs: number;
  imageMb: number;
  /** Behind a load balancer (HTTP) or reading a queue (workers). */
  source: 'api' | 'queue';
  network: 'public-ip' | 'nat' | 'endpoints';
  appLogKb: number;
  payloadKb: number;
  seed: number;
};

const EV_ARRIVE = 0;
const EV_DONE = 1;
const EV_TIMER = 2;
const HOUR_MS = 3_600_000;

export type ContainerRun = SideSummary & {
  billedTaskSeconds: number;
  peakTasks: number;
  scaleEvents: number;
};

export function runContainerSide(
  setup: ContainerSetup,
  shape: RateShape,
  sharedMonthlyUsd: number,
): ContainerRun {
  const http = setup.source === 'api';
  const config: ServiceConfig = {
    vcpu: setup.vcpu,
    minTasks: setup.minTasks,
    desiredTasks: setup.desiredTasks,
    maxTasks: setup.maxTasks,
    perTask: setup.perTask,
    imageMb: setup.imageMb,
    healthCheckIntervalSec: http ? 30 : 0,
    deregistrationDelayMs: http ? 300_000 : 0,
    queueTimeoutMs: http ? IDLE_TIMEOUT_MS : Infinity,
    scaling: {
      metric: http ? 'cpu' : 'backlog',
      target: http ? 50 : 100,
      minTasks: setup.minTasks,
      maxTasks: setup.maxTasks,
      outCooldownMs: 300_000,
      inCooldownMs: 300_000,
    },
  };
  const queue = new EventQueue();
  const rng = new Rng(setup.seed, 11);
  const arrivals = new Rng(setup.seed, 12);
  const latency = new LatencyHistogram();
  const arrivedAt: number[] = [];
  const work = new Rng(setup.seed, 13);
  let now = 0;
  let ok = 0;
  let refused = 0;
  let scaleEvents = 0;
  let busyCpuMs = 0;
  const overhead = http ? 2 * DEFAULT_ALB_LATENCY_MS : 0;
  const service = new FargateService(config, {
    get now() {
      return now;
    },
    timer: (at, arg) => queue.push(at, EV_TIMER, arg, 0),
    random: rng,
    start: (req, task) => {
      const cpu = work.aroundMean(setup.cpuMs / Math.max(0.25, setup.vcpu), 0.25);
      busyCpuMs += cpu * Math.max(0.25, setup.vcpu);
      const ms = cpu + setup.waitMs;
      queue.push(now + ms, EV_DONE, req, task);
    },
    refuse: () => {
      refused++;
    },
    note: (e) => {
      if (e.type === 'scaled') scaleEvents++;
    },
  });
  // Arrivals of a rate that may change (the burst): thinning against the peak rate.
  const peak = Math.max(rateAt(shape, 0), rateAt(shape, shape.durationMs / 3 + 1));
  const nextArrival = () => {
    let t = now;
    for (;;) {
      t += arrivals.exp(1000 / peak);
      if (t >= shape.durationMs || arrivals.next() * peak <= rateAt(shape, t)) return t;
    }
  };
  if (peak > 0) queue.push(nextArrival(), EV_ARRIVE, 0, 0);
  while (queue.size > 0 && queue.peekTime() < shape.durationMs) {
    queue.pop();
    now = queue.topTime;
    if (queue.topKind === EV_ARRIVE) {
      arrivedAt.push(now);
      service.setBacklog(service.queued);
      service.submit(arrivedAt.length - 1, setup.cpuMs);
      queue.push(nextArrival(), EV_ARRIVE, 0, 0);
    } else if (queue.topKind === EV_DONE) {
      ok++;
      latency.record(now - (arrivedAt[queue.topA] as number) + overhead);
      service.finished(queue.topB);
    } else service.onTimer(queue.topA);
  }
  service.finish(shape.durationMs);

  const runMs = shape.durationMs;
  const toMonth = MONTH_MS / runMs;
  const requests = arrivedAt.length;
  const rates = PRICES.fargate[setup.architecture];
  const perTaskSecond =
    (setup.vcpu * rates.vcpuHour.usd + setup.memoryGb * rates.gbHour.usd) / 3600;
  const taskSeconds = service.stats.billedTaskSeconds;
  const computeRun = taskSeconds * perTaskSecond;
  const taskHours = taskSeconds / 3600;
  const networkRun =
    setup.network === 'public-ip'
      ? taskHours * NETWORK_PRICES.publicIpv4Hour.usd
      : setup.network === 'nat'
        ? (runMs / HOUR_MS) * NETWORK_PRICES.natGatewayHour.usd +
          ((requests * setup.payloadKb) / (1024 * 1024)) * NETWORK_PRICES.natGatewayGb.usd
        : 0;
  const summary = latency.summary();
  const lcu = lcuUsageFromTraffic({
    requestsPerSec: (requests / runMs) * 1000,
    meanResponseMs: summary.meanMs,
    kbPerRequest: setup.payloadKb,
    lambdaTarget: false,
  });
  const albRun = http ? albCost(lcu, runMs / HOUR_MS).usd : 0;
  const monthly = emptyDesign();
  monthly.compute = computeRun * toMonth;
  monthly.network = networkRun * toMonth;
  monthly.frontDoor = http ? albCost(lcu, MONTH_MS / HOUR_MS).usd : 0;
  monthly.logs = logsUsd(requests * toMonth, setup.appLogKb);
  monthly.shared = sharedMonthlyUsd;
  // Idle: the share of the billed vCPU time no request used.
  const capacityCpuMs = taskSeconds * 1000 * setup.vcpu;
  const idleShare = capacityCpuMs > 0 ? Math.max(0, 1 - busyCpuMs / capacityCpuMs) : 0;
  return {
    p50Ms: summary.p50Ms,
    p95Ms: summary.p95Ms,
    p99Ms: summary.p99Ms,
    requests,
    ok,
    errors: refused,
    errorsLabel: http ? '503 and 504 answers' : 'messages not processed',
    starts: service.stats.tasksStarted,
    startsLabel: 'tasks started',
    idleUsd: computeRun * idleShare,
    runUsd: computeRun + networkRun + albRun + logsUsd(requests, setup.appLogKb),
    monthly,
    billedTaskSeconds: taskSeconds,
    peakTasks: service.stats.peakTasks,
    scaleEvents,
  };
}
