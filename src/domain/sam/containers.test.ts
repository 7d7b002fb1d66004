// A load balancer and a Fargate service export as the CloudFormation resources that make them
// (load balancer, listener, target groups; ECS service, cluster, task definition, scaling) and
// import back as the same kinds, edges and settings, with and without the Metadata.
import { describe, expect, it } from 'vitest';
import { buildScenario } from '../sim/fixtures.ts';
import { exportTemplate, importTemplate } from './index.ts';
import { parseTemplateText } from './template-text.ts';

const scenario = buildScenario({
  nodes: [
    ['Clients', 'http-clients'],
    ['Front', 'alb', { idleTimeoutSec: 30, healthCheckIntervalSec: 15 }],
    [
      'Orders',
      'fargate',
      {
        vcpu: '1',
        memoryGb: 4,
        architecture: 'arm64',
        minTasks: 2,
        desiredTasks: 3,
        maxTasks: 12,
        scaling: 'requests',
        target: 800,
        deregistrationDelaySec: 30,
        network: 'nat',
      },
    ],
    ['Report', 'lambda'],
    ['Table', 'dynamodb'],
  ],
  edges: [
    ['Clients', 'Front'],
    ['Front', 'Orders'],
    ['Front', 'Report'],
    ['Orders', 'Table'],
  ],
});

const MAPPED = [
  'vcpu',
  'memoryGb',
  'architecture',
  'minTasks',
  'desiredTasks',
  'maxTasks',
  'scaling',
  'target',
  'deregistrationDelaySec',
  'network',
] as const;

function withoutMetadata(text: string): string {
  return text.slice(0, text.indexOf('\nMetadata:'));
}

describe('SAM export and import of the container kinds', () => {
  const out = exportTemplate(scenario);
  if (!out.ok) throw new Error(out.error);
  const parsed = parseTemplateText(out.text);
  if (!parsed.ok) throw new Error(parsed.error);
  const resources = parsed.value.Resources as Record<
    string,
    { Type: string; Properties?: Record<string, unknown> }
  >;

  it('writes the resources a deployable service needs, with the settings as CloudFormation wants them', () => {
    expect(resources.Front?.Type).toBe('AWS::ElasticLoadBalancingV2::LoadBalancer');
    expect(resources.FrontListener?.Type).toBe('AWS::ElasticLoadBalancingV2::Listener');
    expect(resources.FrontOrdersTargetGroup?.Properties).toMatchObject({ TargetType: 'ip' });
    expect(resources.FrontReportTargetGroup?.Properties).toMatchObject({ TargetType: 'lambda' });
    expect(resources.Orders?.Type).toBe('AWS::ECS::Service');
    expect(resources.Orders?.Properties).toMatchObject({ DesiredCount: 3, LaunchType: 'FARGATE' });
    expect(resources.OrdersTaskDefinition?.Properties).toMatchObject({
      Cpu: '1024',
      Memory: '4096',
      RuntimePlatform: { CpuArchitecture: 'ARM64', OperatingSystemFamily: 'LINUX' },
    });
    expect(resources.OrdersScalableTarget?.Properties).toMatchObject({
      MinCapacity: 2,
      MaxCapacity: 12,
    });
    expect(out.text).toContain('placeholders');
  });

  it('imports back the same kinds, edges and settings', () => {
    const back = importTemplate(out.text);
    if (!back.ok) throw new Error(back.error);
    const kinds = (s: typeof scenario) => s.nodes.map((n) => [n.id, n.kind]).sort();
    const edges = (s: typeof scenario) => s.edges.map((e) => `${e.from}>${e.to}`).sort();
    expect(kinds(back.scenario)).toEqual(kinds(scenario));
    expect(edges(back.scenario)).toEqual(edges(scenario));
    for (const node of scenario.nodes)
      expect(back.scenario.nodes.find((n) => n.id === node.id)?.config, node.id).toEqual(
        node.config,
      );
  });

  it('reads the settings from the resources themselves, not only from the Metadata', () => {
    const back = importTemplate(withoutMetadata(out.text));
    if (!back.ok) throw new Error(back.error);
    const orders = back.scenario.nodes.find((n) => n.id === 'Orders')!;
    const wanted = scenario.nodes.find((n) => n.id === 'Orders')!;
    for (const key of MAPPED) expect(orders.config[key], key).toEqual(wanted.config[key]);
    const front = back.scenario.nodes.find((n) => n.id === 'Front')!;
    expect(front.config).toMatchObject({ idleTimeoutSec: 30, healthCheckIntervalSec: 15 });
    expect(back.scenario.edges.map((e) => `${e.from}>${e.to}`)).toEqual(
      expect.arrayContaining(['Front>Orders', 'Front>Report']),
    );
    // Every part is accounted for: folded into the node it belongs to.
    const folded = Object.fromEntries(
      back.report.unsupported.map((u) => [u.logicalId, u.foldedInto]),
    );
    expect(folded).toMatchObject({
      FrontListener: 'Front',
      OrdersTaskDefinition: 'Orders',
      OrdersCluster: 'Orders',
      OrdersScalableTarget: 'Orders',
      OrdersScalingPolicy: 'Orders',
    });
  });

  it('a fixed-count service has no scaling resources and reads back as scaling off', () => {
    const fixed = {
      ...scenario,
      nodes: scenario.nodes.map((n) =>
        n.id === 'Orders' ? { ...n, config: { ...n.config, scaling: 'off' } } : n,
      ),
    };
    const text = exportTemplate(fixed);
    if (!text.ok) throw new Error(text.error);
    expect(text.text).not.toContain('ScalableTarget');
    const back = importTemplate(withoutMetadata(text.text));
    if (!back.ok) throw new Error(back.error);
    expect(back.scenario.nodes.find((n) => n.id === 'Orders')?.config.scaling).toBe('off');
  });
});
