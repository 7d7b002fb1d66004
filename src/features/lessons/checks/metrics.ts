/**
 * What a lesson can read from a simulation run: each metric's name, how to read it from the
 * engine's result, and how to show it. Cost metrics compare the functions' monthly bill with
 * an always-on Fargate task (the lesson's `container`), priced by domain/pricing.
 */
import type { SimResult } from '../../../domain/sim/types.ts';
import type { Scenario } from '../../../domain/diagram/index.ts';
import {
  containerMonthlyCost,
  lambdaCrossover,
  projectMonthly,
  type Architecture,
  type ContainerSpec,
  type Usage,
} from '../../../domain/pricing/index.ts';
import { formatMs, formatNumber, formatPercent, formatUsd, plural } from './format.ts';
import type { MetricId } from '../../../domain/lessons/metric-ids.ts';
import {
  isRuntimeFamily,
  RUNTIME_FAMILIES,
  RUNTIME_LABELS,
  type RuntimeFamily,
} from '../../../domain/kinds/lambda/runtime-family.ts';

export interface RunContext {
  scenario: Scenario;
  result: SimResult;
  /** The small always-on container a cost lesson compares with. */
  container?: ContainerSpec;
}

export interface MetricSpec {
  label: string;
  /** Shares (0..1) are shown as percentages and cannot be guessed as plain numbers. */
  share?: boolean;
  read: (ctx: RunContext) => number;
  show: (value: number) => string;
}

/** The small Fargate task of the cost lesson when the lesson names none: 0.25 vCPU, 0.5 GB. */
export const SMALL_TASK: ContainerSpec = {
  vcpu: 0.25,
  memoryGb: 0.5,
  tasks: 1,
  architecture: 'x86_64',
};

const lambdaUsages = ({ result }: RunContext) =>
  Object.values(result.usage).filter(
    (u): u is Extract<Usage, { kind: 'lambda' }> => u.kind === 'lambda',
  );

function functionMonthly(ctx: RunContext): number {
  const usages = lambdaUsages(ctx);
  if (usages.length === 0 || ctx.result.durationMs <= 0) return 0;
  const options = ctx.result.cost?.options ?? {
    freeTier: ctx.scenario.settings.freeTier,
    initBilling: ctx.scenario.settings.initBilling,
  };
  return projectMonthly(usages, ctx.result.durationMs, options).usd;
}

const containerMonthly = (ctx: RunContext) => containerMonthlyCost(ctx.container ?? SMALL_TASK).usd;

/** Where the first function's steady traffic would cost as much as the container. */
function crossover(ctx: RunContext): number {
  const fn = ctx.result.functions[0];
  const node = ctx.scenario.nodes.find((n) => n.id === fn?.nodeId);
  if (!fn || !node) return Number.NaN;
  const memoryMb = typeof node.config.memoryMb === 'number' ? node.config.memoryMb : 128;
  const architecture: Architecture = node.config.architecture === 'arm64' ? 'arm64' : 'x86_64';
  return lambdaCrossover(
    { memoryMb, durationMs: fn.meanDurationMs, architecture },
    ctx.container ?? SMALL_TASK,
  ).requestsPerSecond;
}

/**
 * The functions that measured at least one INIT, with their runtime and INIT median (ms), read
 * from the run's per-function `initMs` and the scenario's `runtime` setting.
 */
function initsByFunction({ scenario, result }: RunContext) {
  return result.functions.flatMap((f) => {
    const runtime = scenario.nodes.find((n) => n.id === f.nodeId)?.config.runtime;
    return f.initMs.count > 0 && isRuntimeFamily(runtime) ? [{ runtime, p50: f.initMs.p50 }] : [];
  });
}

/** The runtime of the function with the shortest INIT median, as its index in RUNTIME_FAMILIES. */
function fastestInitRuntime(ctx: RunContext): number {
  const inits = initsByFunction(ctx).sort((a, b) => a.p50 - b.p50);
  return inits[0] ? RUNTIME_FAMILIES.indexOf(inits[0].runtime) : Number.NaN;
}

const runtimeLabel = (index: number) =>
  RUNTIME_LABELS[RUNTIME_FAMILIES[index] as RuntimeFamily] ?? 'no runtime (no INIT measured)';

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const sqsQueues = ({ result }: RunContext) => result.queues.filter((q) => q.kind === 'sqs');

export const METRICS: Record<MetricId, MetricSpec> = {
  requests: {
    label: 'Requests',
    read: ({ result }) => result.requests.total,
    show: (n) => plural(n, 'request'),
  },
  succeeded: {
    label: 'Requests that succeeded',
    read: ({ result }) => result.requests.succeeded,
    show: (n) => plural(n, 'request'),
  },
  throttledRequests: {
    label: 'Throttled requests',
    read: ({ result }) => result.requests.throttled,
    show: (n) => plural(n, 'throttled request'),
  },
  throttledShare: {
    label: 'Share of requests throttled',
    share: true,
    read: ({ result }) => ratio(result.requests.throttled, result.requests.total),
    show: (v) => `${formatPercent(v)} of requests`,
  },
  throttles: {
    label: 'Throttles (requests, events and batches)',
    read: ({ result }) => result.totals.throttles,
    show: (n) => plural(n, 'throttle'),
  },
  failedCallShare: {
    label: 'Share of HTTP calls that failed',
    share: true,
    read: ({ result }) =>
      ratio(result.latency.errors + result.latency.throttled, result.latency.count),
    show: (v) => `${formatPercent(v)} of HTTP calls`,
  },
  invocations: {
    label: 'Invocations',
    read: ({ result }) => result.totals.invocations,
    show: (n) => plural(n, 'invocation'),
  },
  coldStarts: {
    label: 'Cold starts',
    read: ({ result }) => result.totals.coldStarts,
    show: (n) => plural(n, 'cold start'),
  },
  coldStartShare: {
    label: 'Cold-start share',
    share: true,
    read: ({ result }) => result.totals.coldStartShare,
    show: (v) => `${formatPercent(v)} of invocations`,
  },
  initRuntimes: {
    label: 'Runtimes with a measured INIT',
    read: (ctx) => new Set(initsByFunction(ctx).map((i) => i.runtime)).size,
    show: (n) => plural(n, 'runtime'),
  },
  fastestInitRuntime: {
    label: 'Runtime with the shortest INIT (median)',
    read: fastestInitRuntime,
    show: runtimeLabel,
  },
  errors: {
    label: 'Function errors',
    read: ({ result }) => result.totals.errors,
    show: (n) => plural(n, 'error'),
  },
  deadLettered: {
    label: 'Messages dead-lettered',
    read: ({ result }) => result.totals.deadLettered,
    show: (n) => plural(n, 'message'),
  },
  p50Ms: {
    label: 'Median latency (p50)',
    read: ({ result }) => result.latency.p50Ms,
    show: formatMs,
  },
  p99Ms: {
    label: 'Latency of the slowest 1 % (p99)',
    read: ({ result }) => result.latency.p99Ms,
    show: formatMs,
  },
  peakQueueDepth: {
    label: 'Peak queue depth',
    read: (ctx) => Math.max(0, ...sqsQueues(ctx).map((q) => q.peakDepth)),
    show: (n) => plural(n, 'message'),
  },
  finalQueueDepth: {
    label: 'Messages still queued at the end',
    read: (ctx) => Math.max(0, ...sqsQueues(ctx).map((q) => q.finalDepth)),
    show: (n) => plural(n, 'message'),
  },
  queuesReceiving: {
    label: 'Queues receiving messages',
    read: (ctx) => sqsQueues(ctx).filter((q) => q.received > 0).length,
    show: (n) => plural(n, 'queue'),
  },
  cleanFunctions: {
    label: 'Functions running without errors',
    read: ({ result }) =>
      result.functions.filter((f) => f.invocations > 0 && f.errors === 0).length,
    show: (n) => plural(n, 'function'),
  },
  failingFunctions: {
    label: 'Functions with errors',
    read: ({ result }) => result.functions.filter((f) => f.errors > 0).length,
    show: (n) => plural(n, 'function'),
  },
  functionMonthlyUsd: {
    label: 'Monthly cost of the functions',
    read: functionMonthly,
    show: (usd) => `${formatUsd(usd)} a month`,
  },
  containerMonthlyUsd: {
    label: 'Monthly cost of the container',
    read: containerMonthly,
    show: (usd) => `${formatUsd(usd)} a month`,
  },
  functionToContainer: {
    label: 'Function cost ÷ container cost',
    read: (ctx) => ratio(functionMonthly(ctx), containerMonthly(ctx)),
    show: (r) => `${formatNumber(r)}× the container`,
  },
  crossoverRatePerSec: {
    label: 'Break-even traffic',
    read: crossover,
    show: (rate) => `${formatNumber(rate)} requests/s`,
  },
};
