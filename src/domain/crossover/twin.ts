/**
 * The container twin of a Lambda design: the same traffic and downstream services, with the
 * function replaced by a Fargate service. Behind API Gateway the gateway is replaced by an
 * Application Load Balancer (the usual container front door); when the gateway also routes to
 * other functions it stays and reaches the load balancer through a VPC link. Fed by SQS, the
 * queue feeds the service directly (a worker service).
 *
 * Model assumption for the twin's settings: each request needs the same CPU work as the
 * function's handler at 1 vCPU (the function's `workMs`), and the service starts with enough
 * tasks of 0.5 vCPU / 1 GB for the average load at its CPU target.
 */
import type { Scenario, ScenarioEdge, ScenarioNode } from '../diagram/index.ts';

export type TwinSource = 'api' | 'queue';

export type Twin = {
  scenario: Scenario;
  /** The function's id in the Lambda design and the service's id in the twin. */
  functionId: string;
  serviceId: string;
  source: TwinSource;
};

/** The Lambda node a "Compare with containers" can start from, and how it is fed. */
export function twinSourceOf(scenario: Scenario, functionId: string): TwinSource | null {
  const fn = scenario.nodes.find((n) => n.id === functionId);
  if (!fn || fn.kind !== 'lambda') return null;
  for (const e of scenario.edges) {
    if (e.to !== functionId) continue;
    const from = scenario.nodes.find((n) => n.id === e.from);
    if (from?.kind === 'api-gateway') return 'api';
    if (from?.kind === 'sqs') return 'queue';
  }
  return null;
}

const TASK = { vcpu: 0.5, memoryGb: 1 } as const;
const CPU_TARGET = 50;

/** Tasks a CPU target of 50 % settles on for `ratePerSec` requests of `cpuMs` each. */
export function tasksForLoad(
  ratePerSec: number,
  cpuMs: number,
  vcpu: number,
  target = CPU_TARGET,
): number {
  const vcpusBusy = (ratePerSec * cpuMs) / 1000;
  return Math.ceil(vcpusBusy / (vcpu * (target / 100)) - 1e-9);
}

const uniqueId = (taken: Set<string>, wanted: string) => {
  let id = wanted;
  for (let i = 2; taken.has(id); i++) id = `${wanted}-${i}`;
  taken.add(id);
  return id;
};

/**
 * 'alb' and 'fargate' become kind ids with issue 13 (appended to kinds/ids.ts). Until that
 * merge they are not `KindId`s, so they are named here once, through `unknown`; afterwards
 * this constant can go and the literals stand as they are.
 */
const CONTAINER_KINDS = { alb: 'alb', fargate: 'fargate' } as unknown as Record<
  'alb' | 'fargate',
  ScenarioNode['kind']
>;

export function buildTwin(scenario: Scenario, functionId: string): Twin | null {
  const source = twinSourceOf(scenario, functionId);
  if (!source) return null;
  const fn = scenario.nodes.find((n) => n.id === functionId) as ScenarioNode;
  const taken = new Set(scenario.nodes.map((n) => n.id));
  const serviceId = uniqueId(taken, `${functionId}-tasks`);
  const cpuMs = typeof fn.config.workMs === 'number' ? fn.config.workMs : 60;
  const arch = fn.config.architecture === 'arm64' ? 'arm64' : 'x86_64';
  const rate = inboundRate(scenario, functionId);
  const desired = Math.max(2, Math.min(100, tasksForLoad(rate, cpuMs, TASK.vcpu)));
  const service: ScenarioNode = {
    id: serviceId,
    kind: CONTAINER_KINDS.fargate,
    label: `${fn.label}-tasks`.slice(0, 64),
    position: { ...fn.position },
    config: {
      vcpu: String(TASK.vcpu),
      memoryGb: TASK.memoryGb,
      architecture: arch,
      minTasks: source === 'api' ? 2 : 1,
      desiredTasks: desired,
      maxTasks: Math.max(10, Math.min(100, desired * 4)),
      cpuMs,
      waitMs: 0,
      scaling: source === 'api' ? 'cpu' : 'backlog',
      target: source === 'api' ? CPU_TARGET : 100,
    },
  };
  let nodes = scenario.nodes.map((n) => (n.id === functionId ? service : n));
  const rename = (id: string) => (id === functionId ? serviceId : id);
  let edges: ScenarioEdge[] = scenario.edges.map((e) => ({
    ...e,
    id: e.from === functionId || e.to === functionId ? `${rename(e.from)}-${rename(e.to)}` : e.id,
    from: rename(e.from),
    to: rename(e.to),
    variant: e.from === functionId || e.to === functionId ? undefined : e.variant,
  }));
  edges = edges.map(({ variant, ...rest }) =>
    variant === undefined ? rest : { ...rest, variant },
  );

  if (source === 'api') {
    const gatewayIds = scenario.edges
      .filter((e) => e.to === functionId)
      .map((e) => e.from)
      .filter((id) => scenario.nodes.find((n) => n.id === id)?.kind === 'api-gateway');
    for (const gatewayId of gatewayIds) {
      const gateway = nodes.find((n) => n.id === gatewayId) as ScenarioNode;
      const onlyThisFunction = scenario.edges
        .filter((e) => e.from === gatewayId)
        .every((e) => e.to === functionId);
      if (onlyThisFunction) {
        // The load balancer takes the gateway's place (and its id, so traffic and edges follow).
        nodes = nodes.map((n) =>
          n.id === gatewayId
            ? {
                id: n.id,
                kind: CONTAINER_KINDS.alb,
                label: `${gateway.label}-alb`.slice(0, 64),
                position: { ...n.position },
                config: {},
              }
            : n,
        );
      } else {
        const albId = uniqueId(taken, `${gatewayId}-alb`);
        nodes.push({
          id: albId,
          kind: CONTAINER_KINDS.alb,
          label: albId.slice(0, 64),
          position: { x: fn.position.x - 130, y: fn.position.y + 90 },
          config: {},
        });
        edges = edges.flatMap((e) =>
          e.from === gatewayId && e.to === serviceId
            ? [
                { id: `${gatewayId}-${albId}`, from: gatewayId, to: albId },
                { id: `${albId}-${serviceId}`, from: albId, to: serviceId },
              ]
            : [e],
        );
      }
    }
  }
  return {
    scenario: { ...scenario, name: `${scenario.name} (on Fargate)`.slice(0, 120), nodes, edges },
    functionId,
    serviceId,
    source,
  };
}

/** Average requests per second that reach the function: the sum of the event sources' rates. */
export function inboundRate(scenario: Scenario, _functionId: string): number {
  let rate = 0;
  for (const t of Object.values(scenario.traffic)) rate += t.ratePerSec;
  return rate;
}
