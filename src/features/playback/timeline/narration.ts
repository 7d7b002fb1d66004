/**
 * Words for happenings: the caption under the canvas, the text log of reduced motion and the
 * screen-reader announcements all read from here, so they always say the same thing.
 *
 * "Notable" happenings are the ones a learner should notice (cold starts, the first warm
 * start, throttles, retries, failures, expiries); the routine ones (an environment taking or
 * finishing a request) are still described when the learner steps onto them.
 */
import {
  COLD_START_RESTORED,
  ENV_EXPIRE_RECYCLED,
  HAPPENING,
  type Trace,
} from '../../../domain/sim/trace.ts'; // not index.ts: that would bring the engine into the first load
import { formatMs } from './format.ts';
import { describeContainer } from './narration-containers.ts';

export interface NarrationContext {
  /** Per node index. */
  labels: readonly string[];
  kinds: readonly string[];
  /** Concurrency limit of each function (undefined for other kinds). */
  limits: readonly (number | undefined)[];
  /** How each node is invoked, when all its callers agree ('sync', 'async', 'poll'). */
  invokedBy: readonly (string | undefined)[];
  keepAliveSec: number;
}

/** What a throttle means for the caller, by invocation model (DESIGN.md, "The runtime model"). */
const THROTTLE_OUTCOME: Record<string, string> = {
  sync: 'the request is refused (HTTP 429)',
  async: 'Lambda will retry the event later',
  poll: 'the batch stays in the queue for later',
};

export interface Narration {
  /** Indices of notable happenings, in time order. */
  notable: Int32Array;
  /** INIT duration (ms) by the index of an `envColdStart` happening, once it finished. */
  initMs: Map<number, number>;
  /** Provisioned environments ready at the start, by node index. */
  provisioned: Map<number, number>;
  /** Container tasks already running at the start, by node index. */
  initialTasks: Map<number, number>;
}

export function buildNarration(trace: Trace): Narration {
  const hp = trace.happenings;
  const notable: number[] = [];
  const initMs = new Map<number, number>();
  const provisioned = new Map<number, number>();
  const initialTasks = new Map<number, number>();
  const coldAt = new Map<number, number>();
  const warmSeen = new Set<number>();
  for (let i = 0; i < hp.count; i++) {
    const kind = hp.kind[i] as number;
    const node = hp.node[i] as number;
    switch (kind) {
      case HAPPENING.envColdStart:
        coldAt.set(hp.ref[i] as number, i);
        notable.push(i);
        break;
      case HAPPENING.envWarm: {
        const start = coldAt.get(hp.ref[i] as number);
        if (start !== undefined) initMs.set(start, (hp.t[i] as number) - (hp.t[start] as number));
        break;
      }
      case HAPPENING.envBusy:
      case HAPPENING.taskBusy:
        if (!warmSeen.has(node)) notable.push(i);
        warmSeen.add(node);
        break;
      case HAPPENING.envProvisioned:
        if (!provisioned.has(node)) notable.push(i);
        provisioned.set(node, (provisioned.get(node) ?? 0) + 1);
        break;
      case HAPPENING.taskReady:
        if ((hp.value[i] as number) >= 0) notable.push(i);
        else {
          if (!initialTasks.has(node)) notable.push(i);
          initialTasks.set(node, (initialTasks.get(node) ?? 0) + 1);
        }
        break;
      case HAPPENING.envIdle:
      case HAPPENING.taskIdle:
      case HAPPENING.queueDepth:
      case HAPPENING.requestDone:
        break;
      default:
        notable.push(i);
    }
  }
  return { notable: Int32Array.from(notable), initMs, provisioned, initialTasks };
}

/**
 * A cold start in its parts. `environmentMs` is the envColdStart happening's value: the time
 * spent starting the environment before INIT (0 when the run does not split it), or
 * COLD_START_RESTORED for a SnapStart restore. Parts are rounded first so that they add up.
 *
 * @example describeColdStart('get-profile', 212, 70) // → "Cold start: new environment for get-profile, 212 ms = 70 ms to start the environment + 142 ms INIT, billed"
 */
export function describeColdStart(
  who: string,
  totalMs: number | undefined,
  environmentMs: number,
): string {
  if (totalMs === undefined)
    return environmentMs === COLD_START_RESTORED
      ? `Cold start: ${who} is restoring from its SnapStart snapshot, unfinished at the end of the run`
      : `Cold start: new environment for ${who}, still initialising at the end of the run`;
  if (environmentMs === COLD_START_RESTORED)
    return `Cold start: ${who} restored from its SnapStart snapshot in ${formatMs(totalMs)}, no INIT`;
  if (!(environmentMs > 0))
    return `Cold start: new environment for ${who}, ${formatMs(totalMs)} init`;
  const short = totalMs < 1000;
  const env = short ? Math.round(environmentMs) : environmentMs;
  const init = short ? Math.round(totalMs) - env : totalMs - environmentMs;
  return `Cold start: new environment for ${who}, ${formatMs(env + init)} = ${formatMs(env)} to start the environment + ${formatMs(init)} INIT, billed`;
}

/**
 * One sentence for happening `i`.
 *
 * @example describe(trace, narration, ctx, 0) // → "Cold start: new environment for create-order, 412 ms init"
 */
export function describe(trace: Trace, n: Narration, ctx: NarrationContext, i: number): string {
  const hp = trace.happenings;
  const node = hp.node[i] as number;
  const who = ctx.labels[node] ?? trace.nodeIds[node] ?? 'a node';
  const kind = ctx.kinds[node];
  const container = describeContainer(
    kind,
    hp.kind[i] as number,
    who,
    hp.ref[i] as number,
    hp.value[i] as number,
    n.initialTasks.get(node) ?? 0,
  );
  if (container !== undefined) return container;
  switch (hp.kind[i]) {
    case HAPPENING.envColdStart:
      return describeColdStart(who, n.initMs.get(i), hp.value[i] as number);
    case HAPPENING.envWarm:
      return `${who}: the new environment is ready and runs its first request`;
    case HAPPENING.envBusy:
      return `Warm start: ${who} reuses an idle environment, no init`;
    case HAPPENING.envIdle:
      return `${who} finished a request; its environment stays warm, waiting`;
    case HAPPENING.envExpire:
      return hp.value[i] === ENV_EXPIRE_RECYCLED
        ? `${who}: an environment reached the end of its life and was retired (Lambda recycles environments every few hours, even busy ones); the next request may start cold`
        : `${who}: an environment idle for ${formatMs(ctx.keepAliveSec * 1000)} was reclaimed; the next request may start cold`;
    case HAPPENING.envProvisioned: {
      const count = n.provisioned.get(node) ?? 1;
      return `Provisioned concurrency: ${count} environment${count === 1 ? '' : 's'} of ${who} initialised in advance`;
    }
    case HAPPENING.throttled: {
      if (kind === 'api-gateway')
        return `Throttled: ${who} is over its rate limit and answers HTTP 429`;
      if (kind === 'sqs')
        return `Throttled: ${who} is a FIFO queue over its sends per second and refuses the message (ThrottlingException)`;
      if (kind === 'dynamodb')
        return `Throttled: ${who} has spent its provisioned capacity and its saved burst (ProvisionedThroughputExceededException); a function's SDK tries again after a back-off`;
      if (kind === 'kinesis')
        return `Throttled: a shard of ${who} is over 1 MB/s or 1,000 records/s (ProvisionedThroughputExceededException); the record is not stored`;
      const limit = ctx.limits[node];
      const at = limit === undefined ? '' : ` (${limit})`;
      return `Throttled: ${who} is at its concurrency limit${at}; ${THROTTLE_OUTCOME[ctx.invokedBy[node] ?? ''] ?? 'the work is refused or retried later'}`;
    }
    case HAPPENING.retried:
      return `Retry: ${who} tries again (attempt ${hp.value[i]})`;
    case HAPPENING.deadLettered:
      return `Dead-lettered: ${who} gave up on a message and moved it to the dead-letter queue`;
    case HAPPENING.deliveredTwice:
      return `Delivered twice: ${who}'s visibility timeout ended mid-run, so the message was received again (receive ${hp.value[i]})`;
    case HAPPENING.fifoReceived: {
      const value = hp.value[i] as number;
      return `FIFO: ${who} hands message ${Math.floor(value / 1024) + 1} of group ${(value % 1024) + 1} to a batch, in order`;
    }
    case HAPPENING.fifoGroupWait:
      return `Group wait: group ${(hp.value[i] as number) + 1} of ${who} moves on to messages that waited behind its batch`;
    case HAPPENING.caught:
      return `Caught: ${who} sent a task that kept failing to its fallback state instead of failing the execution`;
    case HAPPENING.deduplicated:
      return `Deduplicated: ${who} accepted a send it had seen in the last 5 minutes and dropped it`;
    case HAPPENING.dropped:
      return `Dropped: ${who} gave up on an event after its last retry`;
    case HAPPENING.error:
      return `Error: an invocation of ${who} failed`;
    case HAPPENING.timeout:
      return `Timeout: ${who} ran out of time`;
    case HAPPENING.queueDepth:
      return `${who} now holds ${hp.value[i]} message${hp.value[i] === 1 ? '' : 's'}`;
    default:
      return `${who}: something happened`;
  }
}
