/**
 * Words for what a load balancer and an AWS Fargate service do (see narration.ts): tasks
 * starting and draining, scaling, queueing at busy tasks, and the load balancer's own answers.
 * A task's life reads taskStarting → taskReady → (taskBusy → taskIdle)… → taskDraining →
 * taskStopped; tasks running from the start begin with a taskReady of value −1.
 */
import { HAPPENING } from '../../../domain/sim/trace.ts'; // not index.ts: that would bring the engine into the first load
import { formatMs } from './format.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One sentence for a happening at a container kind, or undefined to use the general words. */
export function describeContainer(
  kind: string | undefined,
  happening: number,
  who: string,
  ref: number,
  value: number,
  initialTasks: number,
): string | undefined {
  if (kind === 'alb') {
    if (happening === HAPPENING.error && value === 413)
      return `413: ${who} refuses a request body over 1 MB for its Lambda target`;
    if (happening === HAPPENING.error)
      return `503: ${who} has no registered target to send the request to`;
    if (happening === HAPPENING.timeout) return `504: ${who} got no answer within its idle timeout`;
    return undefined;
  }
  if (kind !== 'fargate') return undefined;
  switch (happening) {
    case HAPPENING.taskStarting:
      return `Scale-out: ${who} starts a new task (capacity, image pull, health check); billed from the pull, one minute at least`;
    case HAPPENING.taskReady:
      return value < 0
        ? `${who}: ${plural(initialTasks, 'task')} already running when the run begins, billed every second`
        : `${who}: a new task is ready after ${formatMs(value)} and takes requests`;
    case HAPPENING.taskBusy:
      return `${who}: a task is working on requests`;
    case HAPPENING.taskIdle:
      return `${who}: a task finished its requests and waits, still billed`;
    case HAPPENING.taskDraining:
      return `Scale-in: ${who} deregisters a task; it drains for the deregistration delay, still billed`;
    case HAPPENING.taskStopped:
      return `${who}: a task stopped; its billing ends`;
    case HAPPENING.scaled:
      return value > ref
        ? `Scale-out: ${who}'s target tracking raises the desired count from ${ref} to ${value} (3 one-minute datapoints above the target)`
        : `Scale-in: ${who}'s target tracking lowers the desired count from ${ref} to ${value} (15 one-minute datapoints below the target)`;
    case HAPPENING.queueDepth:
      return `${who}: ${plural(value, 'request')} waiting at busy tasks`;
    case HAPPENING.error:
      return value === 502
        ? `502: a request waiting at a draining task of ${who} was cut off`
        : `503: ${who} has no task in service to take the request`;
    case HAPPENING.timeout:
      return `504: a request waited at a busy task of ${who} for the whole idle timeout and was given up`;
    default:
      return undefined;
  }
}
