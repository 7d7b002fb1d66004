/**
 * Asynchronous invocation (S3, SNS, EventBridge, schedules, Invoke with Event type): the caller
 * gets "202 accepted" at once and the event waits in Lambda's internal queue. Throttled attempts
 * are retried with back-off (1 s doubling to 5 min) for up to 6 h; function errors are retried
 * up to MaximumRetryAttempts times (1 min, then 2 min later). An event that still fails goes to
 * the on-failure destinations if there are any (dead-lettered), else it is dropped.
 */
import { ASYNC } from '../../sim/defaults.ts';
import type { SimPort } from '../../sim/port.ts';
import { F_REPLY, F_RETRY, R_DEAD, R_FAILED, R_THROTTLED } from '../../sim/jobs.ts';
import type { LambdaParts } from './parts.ts';
import { ST_OK, ST_THROTTLED } from '../../sim/model-base.ts';
import { HAPPENING } from '../../sim/trace.ts';

/** Job timer tag of an attempt leaving the internal queue. */
export const TAG_ASYNC = 6;

export function acceptAsync(fn: LambdaParts, sim: SimPort, job: number): void {
  const jobs = sim.jobs;
  let event = job;
  if ((jobs.flags[job] as number) & F_REPLY) {
    // The caller waits only for the acknowledgement; the event lives on as its own job.
    event = sim.derive(job, fn.node.index);
    jobs.edge[event] = jobs.edge[job] as number;
    sim.reply(job, ST_OK);
  }
  jobs.bornAt[event] = sim.now;
  jobs.attempt[event] = 0;
  jobs.step[event] = 0;
  enqueue(fn, sim, event, ASYNC.queueDelayMs);
}

function enqueue(fn: LambdaParts, sim: SimPort, event: number, delayMs: number): void {
  sim.gauges.add(fn.gAsync, 1, sim.now);
  sim.jobTimer(event, sim.now + delayMs, TAG_ASYNC);
}

export function asyncAttempt(fn: LambdaParts, sim: SimPort, event: number): void {
  const jobs = sim.jobs;
  sim.gauges.add(fn.gAsync, -1, sim.now);
  const throttles = jobs.step[event] as number;
  if (fn.start(event, false)) return;
  // Throttled: back off and try again, unless the event is too old by then.
  const backoff = Math.min(
    ASYNC.throttleBackoffMaxMs,
    ASYNC.throttleBackoffFirstMs * 2 ** throttles,
  );
  if (sim.now + backoff - (jobs.bornAt[event] as number) > ASYNC.maxEventAgeMs) {
    return giveUp(fn, sim, event, ST_THROTTLED);
  }
  jobs.step[event] = throttles + 1;
  retry(fn, sim, event, backoff, throttles + 1);
}

export function afterAsync(fn: LambdaParts, sim: SimPort, event: number, status: number): void {
  const jobs = sim.jobs;
  if (status === ST_OK) return sim.freeJob(event);
  const attempt = jobs.attempt[event] as number;
  const delay = ASYNC.errorRetryDelaysMs[attempt] ?? 120_000;
  const tooOld = sim.now + delay - (jobs.bornAt[event] as number) > ASYNC.maxEventAgeMs;
  if (attempt >= fn.cfg.maxRetryAttempts || tooOld) return giveUp(fn, sim, event, status);
  jobs.attempt[event] = attempt + 1;
  jobs.step[event] = 0;
  retry(fn, sim, event, delay, attempt + 1);
}

function retry(
  fn: LambdaParts,
  sim: SimPort,
  event: number,
  delayMs: number,
  attempt: number,
): void {
  fn.stats.retries++;
  sim.jobs.flags[event] = (sim.jobs.flags[event] as number) | F_RETRY;
  sim.trace?.happen(
    sim.now,
    HAPPENING.retried,
    fn.node.index,
    sim.jobs.req[event] as number,
    attempt,
  );
  enqueue(fn, sim, event, delayMs);
}

function giveUp(fn: LambdaParts, sim: SimPort, event: number, status: number): void {
  const jobs = sim.jobs;
  const root = jobs.root[event] as number;
  const req = jobs.req[event] as number;
  if (fn.onFailure.length > 0) {
    fn.stats.deadLettered++;
    sim.markRoot(root, R_DEAD);
    sim.trace?.happen(sim.now, HAPPENING.deadLettered, fn.node.index, req);
    // The record sent to the destination no longer belongs to the request: its outcome is settled.
    for (const edge of fn.onFailure) sim.dispatch(sim.derive(event, fn.node.index, true), edge);
  } else {
    fn.stats.dropped++;
    sim.markRoot(root, status === ST_THROTTLED ? R_THROTTLED : R_FAILED);
    sim.trace?.happen(sim.now, HAPPENING.dropped, fn.node.index, req);
  }
  sim.freeJob(event);
}
