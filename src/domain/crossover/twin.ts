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
import { defaultVariant, findRule, type KindId } from '../catalog/index.ts';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../diagram/index.ts';
import { twinSourceOf, type TwinSource } from './twin-source.ts';

export { twinSourceOf, type TwinSource };

export type Twin = {
  scenario: Scenario;
  /** Connections of the function the service has no counterpart for (left out of the twin). */
  dropped: ScenarioEdge[];
  /** The function's id in the Lambda design and the service's id in the twin. */
  functionId: string;
  serviceId: string;
  source: TwinSource;
};

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
  return Math.max(0, Math.ceil(vcpusBusy / (vcpu * (target / 100)) - 1e-9));
}

const uniqueId = (taken: Set<string>, wanted: string) => {
  let id = wanted;
  for (let i = 2; taken.has(id); i++) id = `${wanted}-${i}`;
  taken.add(id);
  return id;
};

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
    kind: 'fargate',
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
  const kindOf = (id: string) =>
    id === serviceId ? 'fargate' : (nodes.find((n) => n.id === id)?.kind as KindId);
  const dropped: ScenarioEdge[] = [];
  const edgeIds = new Set(
    scenario.edges.filter((e) => e.from !== functionId && e.to !== functionId).map((e) => e.id),
  );
  let edges: ScenarioEdge[] = [];
  for (const e of scenario.edges) {
    if (e.from !== functionId && e.to !== functionId) {
      edges.push(e);
      continue;
    }
    const from = rename(e.from);
    const to = rename(e.to);
    if (to === serviceId && kindOf(from) === 'api-gateway') {
      // Rewired below: the gateway becomes a load balancer, or reaches one through a VPC link.
      edges.push({ id: uniqueId(edgeIds, `${from}-${to}`), from, to });
      continue;
    }
    // The same call where the service can make it (write stays write, read stays read); an
    // on-failure destination or a call the service does not make here is left out.
    const rule = findRule(kindOf(from), kindOf(to));
    const oldVariant =
      e.variant ??
      defaultVariant(
        e.from === functionId ? 'lambda' : kindOf(from),
        e.to === functionId ? 'lambda' : kindOf(to),
      )?.id;
    if (!rule || oldVariant === 'on-failure') {
      dropped.push(e);
      continue;
    }
    const keep = rule.variants.find((v) => v.id === oldVariant);
    edges.push({
      id: uniqueId(edgeIds, `${from}-${to}`),
      from,
      to,
      ...(keep && keep !== rule.variants[0] ? { variant: keep.id } : {}),
    });
  }

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
                kind: 'alb',
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
          kind: 'alb',
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
    dropped,
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
