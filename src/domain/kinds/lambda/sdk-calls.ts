/**
 * A function's SDK calls (write to DynamoDB, publish to SNS, invoke another function…): made
 * one after another once the handler's own work is done, each waited for. A failed call fails
 * the invocation; the timeout abandons the call in progress.
 */
import type { SimPort } from '../../sim/port.ts';
import { abandonWait } from '../../sim/jobs.ts';
import type { LambdaParts } from './parts.ts';
import { ST_ERROR, ST_OK, ST_TIMEOUT } from '../../sim/model-base.ts';

/** Makes the next call of invocation `job`, or ends it when there is none left. */
export function nextCall(fn: LambdaParts, sim: SimPort, job: number): void {
  const jobs = sim.jobs;
  const step = jobs.step[job] as number;
  const edge = fn.calls[step];
  if (edge === undefined) return fn.end(job, ST_OK);
  const child = sim.spawn(job, true);
  jobs.depth[child] = (jobs.depth[job] as number) + 1;
  jobs.aux[job] = child;
  // Armed before sending: a zero-latency call may answer (and end the invocation) at once.
  const deadline = jobs.deadline[job] as number;
  if (step === 0 && deadline < Infinity) sim.guardTimer(job, deadline);
  sim.dispatch(child, edge);
}

export function callAnswered(fn: LambdaParts, sim: SimPort, child: number, status: number): void {
  const jobs = sim.jobs;
  const job = jobs.parent[child] as number;
  if (job < 0) return; // abandoned at the timeout
  jobs.aux[job] = -1;
  if (status !== ST_OK) return fn.end(job, ST_ERROR);
  jobs.step[job] = (jobs.step[job] as number) + 1;
  nextCall(fn, sim, job);
}

/** Timeout while waiting: the call goes on without anyone waiting for its answer. */
export function deadlineStruck(fn: LambdaParts, sim: SimPort, job: number): void {
  abandonWait(sim.jobs, job);
  fn.end(job, ST_TIMEOUT);
}
