/**
 * Which node kind a CloudFormation/SAM resource type becomes. The catalog is the source: each
 * kind spec names the CloudFormation types it stands for (the first is the resource a node is
 * made from; any further ones are parts of it, e.g. a load balancer's listeners). SAM's own
 * types, which the catalog does not list, are mapped here.
 */
import { CATALOG, KIND_IDS, type KindId, type KindSpec } from '../catalog/index.ts';

/** SAM resource types and their CloudFormation equivalents' kinds. */
const SAM_TYPES: Readonly<Record<string, KindId>> = {
  'AWS::Serverless::Function': 'lambda',
  'AWS::Serverless::Api': 'api-gateway',
  'AWS::Serverless::HttpApi': 'api-gateway',
  'AWS::Serverless::SimpleTable': 'dynamodb',
  'AWS::Serverless::StateMachine': 'step-functions',
  'AWS::ApiGatewayV2::Api': 'api-gateway',
};

/** Resources that are parts of a node of a container kind (sam/containers.ts writes them). */
const PART_TYPES: Readonly<Record<string, KindId>> = {
  'AWS::ElasticLoadBalancingV2::Listener': 'alb',
  'AWS::ElasticLoadBalancingV2::ListenerRule': 'alb',
  'AWS::ElasticLoadBalancingV2::TargetGroup': 'alb',
  'AWS::ECS::TaskDefinition': 'fargate',
  'AWS::ECS::Cluster': 'fargate',
};

/** The CloudFormation types a kind spec lists, whichever shape the spec uses. */
export function typesOfKind(spec: KindSpec): string[] {
  const listed = (spec as { cloudFormationTypes?: readonly string[] }).cloudFormationTypes;
  const single = (spec as { cloudFormationType?: string }).cloudFormationType;
  return [...(listed ?? []), ...(single ? [single] : [])].filter(
    (t, i, all) => t !== '' && all.indexOf(t) === i,
  );
}

export interface TypeMapping {
  kind: KindId;
  /** false: a part of a node of this kind (folded into it), not a node of its own. */
  primary: boolean;
}

function buildTable(): Map<string, TypeMapping> {
  const table = new Map<string, TypeMapping>();
  for (const id of KIND_IDS as readonly KindId[]) {
    const spec = (CATALOG as Readonly<Record<string, KindSpec | undefined>>)[id];
    if (!spec) continue;
    typesOfKind(spec).forEach((type, index) => {
      if (!table.has(type)) table.set(type, { kind: id, primary: index === 0 });
    });
  }
  for (const [type, kind] of Object.entries(SAM_TYPES)) {
    if (!table.has(type)) table.set(type, { kind, primary: true });
  }
  for (const [type, kind] of Object.entries(PART_TYPES)) {
    if (!table.has(type)) table.set(type, { kind, primary: false });
  }
  return table;
}

let table: Map<string, TypeMapping> | undefined;

export function kindForType(type: string): TypeMapping | undefined {
  table ??= buildTable();
  return table.get(type);
}

/** For the report: types whose resources a node can stand for. */
export function isModelledType(type: string): boolean {
  return kindForType(type) !== undefined;
}
