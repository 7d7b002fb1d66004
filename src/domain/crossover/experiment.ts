/**
 * "Compare with containers": the Lambda design and its container twin on the same traffic and
 * seed, side by side; and one point of the crossover sweep (both designs' monthly bills at one
 * average rate).
 */
import type { Scenario } from '../diagram/index.ts';
import { runContainerSide, type ContainerRun, type ContainerSetup } from './container-side.ts';
import type { SweepPoint } from './find.ts';
import { runLambdaSide, type SideSummary } from './lambda-side.ts';
import { DEFAULT_APP_LOG_KB } from './logs.ts';
import { scenarioRate, sweepDurationSec, withTraffic } from './traffic.ts';
import { tasksForLoad, twinSourceOf } from './twin.ts';

/** What the learner can change in the experiment (sensitivity) without editing the diagram. */
export type ExperimentSettings = {
  /** Multiplies the function's work per request (and the container's CPU work with it). */
  durationFactor: number;
  /** The function's memory; null keeps the diagram's. */
  memoryMb: number | null;
  taskVcpu: number;
  taskMemoryGb: number;
  network: ContainerSetup['network'];
  burst: boolean;
  appLogKb: number;
};

export const DEFAULT_EXPERIMENT: ExperimentSettings = {
  durationFactor: 1,
  memoryMb: null,
  taskVcpu: 0.5,
  taskMemoryGb: 1,
  network: 'public-ip',
  burst: false,
  appLogKb: DEFAULT_APP_LOG_KB,
};

export type Comparison = {
  ratePerSec: number;
  durationMs: number;
  lambda: SideSummary;
  containers: ContainerRun;
};

/** The Lambda design with the sensitivity settings applied to the function. */
function tuned(scenario: Scenario, functionId: string, s: ExperimentSettings): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) => {
      if (n.id !== functionId) return n;
      const work = typeof n.config.workMs === 'number' ? n.config.workMs : 60;
      return {
        ...n,
        config: {
          ...n.config,
          workMs: work * s.durationFactor,
          ...(s.memoryMb !== null ? { memoryMb: s.memoryMb } : {}),
        },
      };
    }),
  };
}

function containerSetup(
  scenario: Scenario,
  functionId: string,
  s: ExperimentSettings,
  ratePerSec: number,
  meanDownstreamMs: number,
): ContainerSetup {
  const fn = scenario.nodes.find((n) => n.id === functionId);
  const cpuMs = typeof fn?.config.workMs === 'number' ? fn.config.workMs : 60;
  const source = twinSourceOf(scenario, functionId) ?? 'api';
  const minTasks = source === 'api' ? 2 : 1;
  const desired = Math.max(minTasks, Math.min(100, tasksForLoad(ratePerSec, cpuMs, s.taskVcpu)));
  const payload = Object.values(scenario.traffic)[0]?.payloadKb ?? 2;
  return {
    vcpu: s.taskVcpu,
    memoryGb: s.taskMemoryGb,
    architecture: fn?.config.architecture === 'arm64' ? 'arm64' : 'x86_64',
    minTasks,
    desiredTasks: desired,
    maxTasks: Math.max(10, Math.min(100, desired * 4)),
    perTask: 20,
    cpuMs,
    waitMs: meanDownstreamMs,
    imageMb: 200,
    source,
    network: s.network,
    appLogKb: s.appLogKb,
    payloadKb: payload,
    seed: scenario.settings.seed,
  };
}

/** Runs both designs at `ratePerSec` (the scenario's own rate when null). */
export function compareDesigns(
  scenario: Scenario,
  functionId: string,
  s: ExperimentSettings = DEFAULT_EXPERIMENT,
  ratePerSec: number | null = null,
  maxDurationSec = Infinity,
): Comparison {
  const rate = ratePerSec ?? scenarioRate(scenario);
  const lambdaScenario = withTraffic(tuned(scenario, functionId, s), rate, s.burst, maxDurationSec);
  const lambda = runLambdaSide(lambdaScenario, functionId, { appLogKb: s.appLogKb });
  const fn = lambda.result.functions.find((f) => f.nodeId === functionId);
  const node = lambdaScenario.nodes.find((n) => n.id === functionId);
  const work = typeof node?.config.workMs === 'number' ? node.config.workMs : 60;
  const memory = typeof node?.config.memoryMb === 'number' ? node.config.memoryMb : 512;
  const handlerMs = work * Math.max(1, 1769 / memory);
  // What the function spent waiting on the services it calls, on average (model assumption:
  // the container waits as long for them).
  const downstream = Math.max(0, (fn?.meanDurationMs ?? handlerMs) - handlerMs);
  const durationMs = lambdaScenario.settings.durationSec * 1000;
  const setup = containerSetup(lambdaScenario, functionId, s, rate, downstream);
  const containers = runContainerSide(
    setup,
    { ratePerSec: rate, burst: s.burst, durationMs },
    lambda.summary.monthly.shared,
  );
  return { ratePerSec: rate, durationMs, lambda: lambda.summary, containers };
}

/** One point of the sweep: both monthly bills at `ratePerSec`, steady traffic. */
export function sweepPoint(
  scenario: Scenario,
  functionId: string,
  s: ExperimentSettings,
  ratePerSec: number,
): SweepPoint {
  const c = compareDesigns(
    scenario,
    functionId,
    { ...s, burst: false },
    ratePerSec,
    sweepDurationSec(ratePerSec),
  );
  return { ratePerSec, lambda: c.lambda.monthly, containers: c.containers.monthly };
}
