/**
 * The two container kinds in a template. A load balancer node is an
 * `AWS::ElasticLoadBalancingV2::LoadBalancer` with its listener and one target group per target
 * (IP targets for a Fargate service, a Lambda target for a function); a Fargate node is an
 * `AWS::ECS::Service` with its cluster, task definition (CPU and memory as CloudFormation
 * strings, the architecture in `RuntimePlatform`) and, when it scales, an Application Auto
 * Scaling target and target-tracking policy. Import reads the same resources back. What the
 * template cannot say (requests per task, CPU work, image size…) travels in Metadata.
 */
import type { Config } from '../catalog/index.ts';
import type { Scenario, ScenarioNode } from '../diagram/index.ts';
import { MEMORY_BY_VCPU } from '../kinds/fargate/task-sizes.ts';
import type { Draft } from './draft.ts';
import { directReference, referencedResources, type Names } from './refs.ts';
import type { Resource } from './resources.ts';
import { isPlainMap, type Plain, type PlainMap } from './template-text.ts';

const CONTAINER_PORT = 8080;
const CONTAINER_NAME = 'app';
const SUBNETS_PLACEHOLDER = ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'];
const VPC_PLACEHOLDER = 'vpc-0123456789abcdef0';

const ref = (id: string): Plain => ({ Ref: id });

/** Node id → logical ID, and the nodes by id (generate.ts's Names, restated to keep no cycle). */
interface GenerateNames {
  logical: ReadonlyMap<string, string>;
  node: (id: string) => ScenarioNode | undefined;
}

export interface ContainerResources {
  resource: PlainMap;
  /** Resources that belong to the node (listener, target groups, task definition…). */
  parts: PlainMap;
  comment: string;
}

/** The target group a load balancer uses for one of its targets. */
export const targetGroupId = (alb: string, target: string) => `${alb}${target}TargetGroup`;

export function albResources(
  node: ScenarioNode,
  scenario: Scenario,
  names: GenerateNames,
): ContainerResources {
  const id = names.logical.get(node.id)!;
  const c = node.config;
  const parts: PlainMap = {};
  const groups: Plain[] = [];
  for (const edge of scenario.edges.filter((e) => e.from === node.id)) {
    const target = names.node(edge.to);
    const T = target && names.logical.get(target.id);
    if (!target || !T || (target.kind !== 'fargate' && target.kind !== 'lambda')) continue;
    const tg = targetGroupId(id, T);
    groups.push({ TargetGroupArn: ref(tg) });
    if (target.kind === 'lambda') {
      parts[`${tg}Permission`] = {
        Type: 'AWS::Lambda::Permission',
        Properties: {
          Action: 'lambda:InvokeFunction',
          FunctionName: { 'Fn::GetAtt': [T, 'Arn'] },
          Principal: 'elasticloadbalancing.amazonaws.com',
        },
      };
      parts[tg] = {
        Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
        DependsOn: `${tg}Permission`,
        Properties: { TargetType: 'lambda', Targets: [{ Id: { 'Fn::GetAtt': [T, 'Arn'] } }] },
      };
    } else {
      parts[tg] = {
        Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
        Properties: {
          TargetType: 'ip',
          Protocol: 'HTTP',
          Port: CONTAINER_PORT,
          VpcId: VPC_PLACEHOLDER,
          HealthCheckIntervalSeconds: c.healthCheckIntervalSec as number,
          TargetGroupAttributes: [
            {
              Key: 'deregistration_delay.timeout_seconds',
              Value: String(target.config.deregistrationDelaySec),
            },
          ],
        },
      };
    }
  }
  parts[`${id}Listener`] = {
    Type: 'AWS::ElasticLoadBalancingV2::Listener',
    Properties: {
      LoadBalancerArn: ref(id),
      Protocol: 'HTTP',
      Port: 80,
      DefaultActions: groups.length
        ? [{ Type: 'forward', ForwardConfig: { TargetGroups: groups } }]
        : [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '503' } }],
    },
  };
  return {
    resource: {
      Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      Properties: {
        Type: 'application',
        Scheme: 'internet-facing',
        Subnets: [...SUBNETS_PLACEHOLDER],
        LoadBalancerAttributes: [
          { Key: 'idle_timeout.timeout_seconds', Value: String(c.idleTimeoutSec) },
        ],
      },
    },
    parts,
    comment: `${id}: the subnets and VPC are placeholders; use your own (two subnets in two Availability Zones).`,
  };
}

/** 0.5 vCPU → "512"; 1 GB → "1024" (CloudFormation wants CPU units and MiB as strings). */
export const cpuUnits = (vcpu: number) => String(Math.round(vcpu * 1024));
export const memoryMib = (gb: number) => String(Math.round(gb * 1024));

const METRIC: Readonly<Record<string, string>> = {
  cpu: 'ECSServiceAverageCPUUtilization',
  requests: 'ALBRequestCountPerTarget',
};

export function fargateResources(
  node: ScenarioNode,
  scenario: Scenario,
  names: GenerateNames,
): ContainerResources {
  const id = names.logical.get(node.id)!;
  const c = node.config;
  const parts: PlainMap = {};
  parts[`${id}Cluster`] = { Type: 'AWS::ECS::Cluster' };
  parts[`${id}TaskDefinition`] = {
    Type: 'AWS::ECS::TaskDefinition',
    Properties: {
      RequiresCompatibilities: ['FARGATE'],
      NetworkMode: 'awsvpc',
      Cpu: cpuUnits(Number(c.vcpu)),
      Memory: memoryMib(Number(c.memoryGb)),
      RuntimePlatform: {
        CpuArchitecture: c.architecture === 'arm64' ? 'ARM64' : 'X86_64',
        OperatingSystemFamily: 'LINUX',
      },
      ContainerDefinitions: [
        {
          Name: CONTAINER_NAME,
          Image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/${id.toLowerCase()}:latest`,
          Essential: true,
          PortMappings: [{ ContainerPort: CONTAINER_PORT }],
        },
      ],
    },
  };
  const balancers = scenario.edges
    .filter((e) => e.to === node.id && names.node(e.from)?.kind === 'alb')
    .map((e) => names.logical.get(e.from))
    .filter((a): a is string => a !== undefined)
    .map((a) => ({
      ContainerName: CONTAINER_NAME,
      ContainerPort: CONTAINER_PORT,
      TargetGroupArn: ref(targetGroupId(a, id)),
    }));
  const props: PlainMap = {
    Cluster: ref(`${id}Cluster`),
    LaunchType: 'FARGATE',
    DesiredCount: c.desiredTasks as number,
    TaskDefinition: ref(`${id}TaskDefinition`),
    NetworkConfiguration: {
      AwsvpcConfiguration: {
        AssignPublicIp: c.network === 'public-ip' ? 'ENABLED' : 'DISABLED',
        Subnets: [...SUBNETS_PLACEHOLDER],
      },
    },
  };
  if (balancers.length) props.LoadBalancers = balancers;
  if (c.scaling !== 'off') {
    parts[`${id}ScalableTarget`] = {
      Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
      Properties: {
        ServiceNamespace: 'ecs',
        ScalableDimension: 'ecs:service:DesiredCount',
        ResourceId: { 'Fn::Sub': `service/\${${id}Cluster}/\${${id}.Name}` },
        MinCapacity: c.minTasks as number,
        MaxCapacity: c.maxTasks as number,
      },
    };
    const metric = METRIC[String(c.scaling)];
    parts[`${id}ScalingPolicy`] = {
      Type: 'AWS::ApplicationAutoScaling::ScalingPolicy',
      Properties: {
        PolicyName: `${id}TargetTracking`,
        PolicyType: 'TargetTrackingScaling',
        ScalingTargetId: ref(`${id}ScalableTarget`),
        TargetTrackingScalingPolicyConfiguration: {
          TargetValue: c.target as number,
          ...(metric
            ? { PredefinedMetricSpecification: { PredefinedMetricType: metric } }
            : {
                // Backlog per task is a metric the service publishes itself (AWS's SQS scaling
                // recipe); the name and namespace here are placeholders.
                CustomizedMetricSpecification: {
                  MetricName: 'BacklogPerTask',
                  Namespace: 'ServerlessExplorer',
                  Statistic: 'Average',
                },
              }),
        },
      },
    };
  }
  return {
    resource: { Type: 'AWS::ECS::Service', Properties: props },
    parts,
    comment: `${id}: the image URI, subnets and VPC are placeholders; the task also needs an execution role to pull from ECR.`,
  };
}

// ---------------------------------------------------------------- import

const value = (v: Plain | undefined): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

function attribute(list: Plain | undefined, key: string): number | undefined {
  if (!Array.isArray(list)) return undefined;
  for (const item of list) {
    if (isPlainMap(item) && item.Key === key) {
      const n = Number(value(item.Value));
      return Number.isFinite(n) ? n : undefined;
    }
  }
  return undefined;
}

/** CPU units or "0.5 vCPU" → the vCPU value the explorer offers, if it is one. */
function readVcpu(v: Plain | undefined): number | undefined {
  const text = value(v);
  if (text === undefined) return undefined;
  const n = /vcpu/i.test(text) ? Number.parseFloat(text) : Number(text) / 1024;
  return MEMORY_BY_VCPU.has(n) ? n : undefined;
}

/** MiB or "2 GB" → GB. */
function readMemoryGb(v: Plain | undefined): number | undefined {
  const text = value(v);
  if (text === undefined) return undefined;
  const n = /gb/i.test(text) ? Number.parseFloat(text) : Number(text) / 1024;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** A Fargate node's settings from its service, task definition and scaling resources. */
export function readFargate(config: Config, r: Resource, byId: ReadonlyMap<string, Resource>) {
  const p = r.props;
  const desired = Number(p.DesiredCount);
  if (Number.isInteger(desired) && desired >= 0 && desired <= 100) config.desiredTasks = desired;
  const publicIp = isPlainMap(p.NetworkConfiguration)
    ? (p.NetworkConfiguration.AwsvpcConfiguration as PlainMap | undefined)?.AssignPublicIp
    : undefined;
  if (publicIp === 'ENABLED') config.network = 'public-ip';
  else if (publicIp === 'DISABLED') config.network = 'nat';
  const task = byId.get(directReference(p.TaskDefinition) ?? '');
  if (task?.type === 'AWS::ECS::TaskDefinition') {
    const vcpu = readVcpu(task.props.Cpu);
    const memoryGb = readMemoryGb(task.props.Memory);
    if (
      vcpu !== undefined &&
      memoryGb !== undefined &&
      MEMORY_BY_VCPU.get(vcpu)?.includes(memoryGb)
    ) {
      config.vcpu = String(vcpu);
      config.memoryGb = memoryGb;
    }
    const platform = task.props.RuntimePlatform;
    const arch = isPlainMap(platform) ? platform.CpuArchitecture : undefined;
    if (arch === 'ARM64') config.architecture = 'arm64';
    else if (arch === 'X86_64') config.architecture = 'x86_64';
  }
  const resources = [...byId.values()];
  const names: Names = { resources: new Set(byId.keys()), byName: new Map() };
  const target = resources.find(
    (t) =>
      t.type === 'AWS::ApplicationAutoScaling::ScalableTarget' &&
      referencedResources(t.props.ResourceId, names).includes(r.id),
  );
  if (!target) {
    config.scaling = 'off';
    return;
  }
  const min = Number(target.props.MinCapacity);
  const max = Number(target.props.MaxCapacity);
  if (Number.isInteger(min) && Number.isInteger(max) && min >= 0 && min <= max && max <= 100) {
    config.minTasks = min;
    config.maxTasks = max;
  }
  const policy = resources.find(
    (s) =>
      s.type === 'AWS::ApplicationAutoScaling::ScalingPolicy' &&
      directReference(s.props.ScalingTargetId) === target.id,
  );
  const tracking = policy?.props.TargetTrackingScalingPolicyConfiguration;
  if (!isPlainMap(tracking)) return;
  const goal = Number(tracking.TargetValue);
  if (Number.isFinite(goal) && goal >= 1 && goal <= 100000) config.target = goal;
  const predefined = isPlainMap(tracking.PredefinedMetricSpecification)
    ? tracking.PredefinedMetricSpecification.PredefinedMetricType
    : undefined;
  if (predefined === METRIC.cpu) config.scaling = 'cpu';
  else if (predefined === METRIC.requests) config.scaling = 'requests';
  else if (tracking.CustomizedMetricSpecification !== undefined) config.scaling = 'backlog';
}

/** A load balancer's idle timeout. */
export function readAlb(config: Config, r: Resource) {
  const idle = attribute(r.props.LoadBalancerAttributes, 'idle_timeout.timeout_seconds');
  if (idle !== undefined && Number.isInteger(idle) && idle >= 1 && idle <= 4000)
    config.idleTimeoutSec = idle;
}

/**
 * Load balancer → target edges: each listener of a load balancer forwards to target groups;
 * a target group of Lambda targets names its functions, one of IP targets is named by the ECS
 * services registered in it. Health check interval and deregistration delay come along.
 */
export function wireLoadBalancers(
  draft: Draft,
  resources: readonly Resource[],
  names: Names,
): void {
  const refs = (v: Plain | undefined) => referencedResources(v, names);
  for (const listener of resources) {
    if (listener.type !== 'AWS::ElasticLoadBalancingV2::Listener') continue;
    const alb = directReference(listener.props.LoadBalancerArn);
    if (!alb || draft.kindOf(alb) !== 'alb') continue;
    const rules = resources.filter(
      (r) =>
        r.type === 'AWS::ElasticLoadBalancingV2::ListenerRule' &&
        directReference(r.props.ListenerArn) === listener.id,
    );
    const groups = [listener.props.DefaultActions, ...rules.map((r) => r.props.Actions)]
      .flatMap((actions) => refs(actions))
      .map((id) => resources.find((r) => r.id === id))
      .filter((g) => g?.type === 'AWS::ElasticLoadBalancingV2::TargetGroup') as Resource[];
    for (const group of groups) {
      const via = `${listener.id} → ${group.id}`;
      const interval = Number(group.props.HealthCheckIntervalSeconds);
      const albNode = draft.nodes.get(alb)!;
      if (Number.isInteger(interval) && interval >= 5 && interval <= 300)
        albNode.config.healthCheckIntervalSec = interval;
      if (group.props.TargetType === 'lambda') {
        const targets = Array.isArray(group.props.Targets) ? group.props.Targets : [];
        for (const t of targets) {
          // The target's Id names the function directly (a name lookup would find its permission).
          const fn = isPlainMap(t) ? directReference(t.Id) : undefined;
          if (fn) draft.connect(alb, fn, via, false);
        }
        continue;
      }
      const delay = attribute(
        group.props.TargetGroupAttributes,
        'deregistration_delay.timeout_seconds',
      );
      for (const service of resources) {
        if (service.type !== 'AWS::ECS::Service') continue;
        if (!refs(service.props.LoadBalancers).includes(group.id)) continue;
        if (!draft.connect(alb, service.id, via)) continue;
        const node = draft.nodes.get(service.id);
        if (node && delay !== undefined && Number.isInteger(delay) && delay >= 0 && delay <= 3600)
          node.config.deregistrationDelaySec = delay;
      }
    }
  }
}

/** The node a container part belongs to, for the report ("part of …"). */
export function containerPartOwner(
  r: Resource,
  byId: ReadonlyMap<string, Resource>,
  isNode: (id: string) => boolean,
): string | undefined {
  const names: Names = { resources: new Set(byId.keys()), byName: new Map() };
  const refs = (v: Plain | undefined) => referencedResources(v, names);
  const mine = refs(r.props as Plain);
  const direct = mine.find(isNode);
  if (direct) return direct;
  for (const id of mine) {
    const through = refs((byId.get(id)?.props ?? null) as Plain).find(isNode);
    if (through) return through;
  }
  for (const other of byId.values()) {
    if (other.id === r.id) continue;
    if (!refs(other.props as Plain).includes(r.id)) continue;
    if (isNode(other.id)) return other.id;
    const owner = refs(other.props as Plain).find(isNode);
    if (owner) return owner;
  }
  return undefined;
}
