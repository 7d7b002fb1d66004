/**
 * Why a resource is not a node of its own: plumbing (roles, permissions, log groups, API
 * stages…) says what it belongs to, anything else says that the explorer has no kind for it.
 */
import type { Draft } from './draft.ts';
import { containerPartOwner } from './containers.ts';
import { kindForType } from './kind-map.ts';
import { directReference, referencedResources } from './refs.ts';
import type { Resource } from './resources.ts';

const PERMISSION_TARGET: Readonly<Record<string, string>> = {
  'AWS::Lambda::Permission': 'FunctionName',
  'AWS::SQS::QueuePolicy': 'Queues',
  'AWS::SNS::TopicPolicy': 'Topics',
  'AWS::S3::BucketPolicy': 'Bucket',
  'AWS::Lambda::EventInvokeConfig': 'FunctionName',
  'AWS::Lambda::Version': 'FunctionName',
  'AWS::Lambda::Alias': 'FunctionName',
  'AWS::Logs::SubscriptionFilter': 'DestinationArn',
};

export function plumbingReason(
  r: Resource,
  byId: ReadonlyMap<string, Resource>,
  draft: Draft,
): { reason: string; into?: string } {
  const names = { resources: new Set(byId.keys()), byName: new Map<string, string[]>() };
  const firstNode = (ids: readonly string[]) => ids.find((id) => draft.nodes.has(id));
  const mapping = kindForType(r.type);
  if (mapping && !mapping.primary && (mapping.kind === 'alb' || mapping.kind === 'fargate')) {
    const owner = containerPartOwner(r, byId, (id) => draft.kindOf(id) === mapping.kind);
    return { reason: `part of ${owner ?? `a ${mapping.kind} node`} (${r.type})`, into: owner };
  }
  if (r.type.startsWith('AWS::ApplicationAutoScaling::')) {
    const owner = containerPartOwner(r, byId, (id) => draft.nodes.has(id));
    if (owner) return { reason: `auto scaling of ${owner}; folded into its settings`, into: owner };
  }
  if (mapping && !mapping.primary) {
    const owner = firstNode(
      referencedResources(r.props, names).filter((id) => draft.kindOf(id) === mapping.kind),
    );
    return { reason: `part of ${owner ?? `a ${mapping.kind} node`} (${r.type})`, into: owner };
  }
  const targetKey = PERMISSION_TARGET[r.type];
  if (targetKey) {
    const owner = firstNode(referencedResources(r.props[targetKey], names));
    const what =
      r.type.endsWith('Permission') || r.type.endsWith('Policy') ? 'permission' : 'setting';
    return { reason: `${what} for ${owner ?? 'a resource'}; folded into its edges`, into: owner };
  }
  if (
    r.type === 'AWS::IAM::Role' ||
    r.type === 'AWS::IAM::Policy' ||
    r.type === 'AWS::IAM::ManagedPolicy'
  ) {
    const users = [...byId.values()]
      .filter(
        (u) =>
          u.id !== r.id &&
          draft.nodes.has(u.id) &&
          referencedResources(
            [u.props.Role ?? null, u.props.RoleArn ?? null, u.props.Policies ?? null],
            names,
          ).includes(r.id),
      )
      .map((u) => u.id);
    return {
      reason: users.length
        ? `IAM ${r.type.split('::')[2]}; what its policies allow became the calls of ${users.join(', ')}`
        : `IAM ${r.type.split('::')[2]}; permissions are not simulated`,
      into: users[0],
    };
  }
  if (r.type === 'AWS::Logs::LogGroup') return { reason: 'log group; logging is not simulated' };
  if (r.type.startsWith('AWS::ApiGateway::') || r.type.startsWith('AWS::ApiGatewayV2::')) {
    const api = directReference(r.props.RestApiId) ?? directReference(r.props.ApiId);
    return {
      reason: `part of the API ${api ?? '(unknown)'} (deployment, stage, route or model)`,
      into: api && draft.nodes.has(api) ? api : undefined,
    };
  }
  if (r.type.startsWith('AWS::Serverless::') || mapping) {
    return { reason: `${r.type} has no node in this diagram` };
  }
  return { reason: `the explorer has no kind for ${r.type}` };
}
