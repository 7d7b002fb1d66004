/**
 * Runs a Fargate service on its own: Poisson arrivals at a steady rate, each request holding a
 * slot for its service time. Used by the unit tests of the model's invariants and as the
 * reference the engine adapter is checked against. Deterministic for a seed.
 */
import { EventQueue } from '../../sim/event-queue.ts';
import { Rng } from '../../sim/rng.ts';
import { FargateService, type ServiceConfig, type ServiceEvent } from './service.ts';

const EV_ARRIVE = 0;
const EV_DONE = 1;
const EV_TIMER = 2;

export type StandaloneRun = {
  outcomes: { ok: number; 503: number; 504: number; 502: number };
  submitted: number;
  /** Requests that received more than one outcome (must be 0). */
  endedTwice: number;
  /** Requests not ended by the end of the run: queued or running. */
  inFlight: number;
  /** Tasks alive (starting or in service) after each event, at most. */
  peakLiveTasks: number;
  billedTaskSeconds: number;
  tasksStarted: number;
  events: ServiceEvent[];
};

export function runStandalone(
  config: ServiceConfig,
  traffic: { ratePerSec: number; durationMs: number; cpuMs: number; extraMs: number; seed: number },
): StandaloneRun {
  const queue = new EventQueue();
  const rng = new Rng(traffic.seed, 1);
  const arrivals = new Rng(traffic.seed, 2);
  const outcomes = { ok: 0, 503: 0, 504: 0, 502: 0 };
  const events: ServiceEvent[] = [];
  let now = 0;
  let peakLive = 0;
  const ended = new Uint8Array(
    Math.ceil((traffic.ratePerSec * traffic.durationMs) / 1000) * 2 + 64,
  );
  let endedTwice = 0;
  const end = (req: number) => {
    if (ended[req]) endedTwice++;
    ended[req] = 1;
  };
  const serviceMs = traffic.cpuMs / Math.max(0.25, config.vcpu) + traffic.extraMs;
  const service = new FargateService(config, {
    get now() {
      return now;
    },
    timer: (at, arg) => queue.push(at, EV_TIMER, arg, 0),
    random: rng,
    start: (req, task) => queue.push(now + serviceMs, EV_DONE, req, task),
    refuse: (req, status) => {
      end(req);
      outcomes[status]++;
    },
    note: (e) => events.push(e),
  });
  let req = 0;
  if (traffic.ratePerSec > 0) queue.push(arrivals.exp(1000 / traffic.ratePerSec), EV_ARRIVE, 0, 0);
  while (queue.size > 0 && queue.peekTime() < traffic.durationMs) {
    queue.pop();
    now = queue.topTime;
    if (queue.topKind === EV_ARRIVE) {
      service.submit(req++, traffic.cpuMs);
      queue.push(now + arrivals.exp(1000 / traffic.ratePerSec), EV_ARRIVE, 0, 0);
    } else if (queue.topKind === EV_DONE) {
      end(queue.topA);
      outcomes.ok++;
      service.finished(queue.topB);
    } else service.onTimer(queue.topA);
    peakLive = Math.max(peakLive, service.liveTasks);
  }
  service.finish(traffic.durationMs);
  return {
    outcomes,
    submitted: req,
    endedTwice,
    inFlight: req - ended.reduce((n, e) => n + e, 0),
    peakLiveTasks: peakLive,
    billedTaskSeconds: service.stats.billedTaskSeconds,
    tasksStarted: service.stats.tasksStarted,
    events,
  };
}
