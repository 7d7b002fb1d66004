import { httpClients } from '../kinds/http-clients/spec.ts';
import { fileUpload } from '../kinds/file-upload/spec.ts';
import { schedule } from '../kinds/schedule/spec.ts';
import { customEvent } from '../kinds/custom-event/spec.ts';
import { lambda } from '../kinds/lambda/spec.ts';
import { apiGateway } from '../kinds/api-gateway/spec.ts';
import { s3 } from '../kinds/s3/spec.ts';
import { sns } from '../kinds/sns/spec.ts';
import { sqs } from '../kinds/sqs/spec.ts';
import { dynamodb } from '../kinds/dynamodb/spec.ts';
import { eventbridge } from '../kinds/eventbridge/spec.ts';
import { stepFunctions } from '../kinds/step-functions/spec.ts';
import { kinesis } from '../kinds/kinesis/spec.ts';
import { alb } from '../kinds/alb/spec.ts';
import { fargate } from '../kinds/fargate/spec.ts';
import { httpClientsConnections } from '../kinds/http-clients/connections.ts';
import { fileUploadConnections } from '../kinds/file-upload/connections.ts';
import { scheduleConnections } from '../kinds/schedule/connections.ts';
import { customEventConnections } from '../kinds/custom-event/connections.ts';
import { lambdaConnections } from '../kinds/lambda/connections.ts';
import { apiGatewayConnections } from '../kinds/api-gateway/connections.ts';
import { s3Connections } from '../kinds/s3/connections.ts';
import { snsConnections } from '../kinds/sns/connections.ts';
import { sqsConnections } from '../kinds/sqs/connections.ts';
import { dynamodbConnections } from '../kinds/dynamodb/connections.ts';
import { eventbridgeConnections } from '../kinds/eventbridge/connections.ts';
import { stepFunctionsConnections } from '../kinds/step-functions/connections.ts';
import { kinesisConnections } from '../kinds/kinesis/connections.ts';
import { albConnections } from '../kinds/alb/connections.ts';
import { fargateConnections } from '../kinds/fargate/connections.ts';
import type { ConnectionRule } from './connection-rule.ts';
import { KIND_IDS, type Group, type KindId, type KindSpec } from './types.ts';

/**
 * The catalog registry: every kind's spec, by id (kinds/<kind>/spec.ts). It imports specs
 * only, never models or pricing, so the palette draws without loading the engine.
 */
export const CATALOG: Readonly<Record<KindId, KindSpec>> = {
  'http-clients': httpClients,
  'file-upload': fileUpload,
  schedule,
  'custom-event': customEvent,
  lambda,
  'api-gateway': apiGateway,
  s3,
  sns,
  sqs,
  dynamodb,
  eventbridge,
  'step-functions': stepFunctions,
  kinesis,
  alb,
  fargate,
};

/** Every connection AWS offers between two kinds, gathered from each kind's connections.ts. */
export const CONNECTION_RULES: readonly ConnectionRule[] = [
  ...httpClientsConnections,
  ...fileUploadConnections,
  ...scheduleConnections,
  ...customEventConnections,
  ...lambdaConnections,
  ...apiGatewayConnections,
  ...s3Connections,
  ...snsConnections,
  ...sqsConnections,
  ...dynamodbConnections,
  ...eventbridgeConnections,
  ...stepFunctionsConnections,
  ...kinesisConnections,
  ...albConnections,
  ...fargateConnections,
];

export function getKind(id: KindId): KindSpec {
  return CATALOG[id];
}

export function isKindId(value: unknown): value is KindId {
  return typeof value === 'string' && (KIND_IDS as readonly string[]).includes(value);
}

export const GROUPS: readonly { id: Group; label: string }[] = [
  { id: 'event', label: 'Events' },
  { id: 'function', label: 'Functions' },
  { id: 'service', label: 'Services' },
  { id: 'container', label: 'Containers (for comparison)' },
];

export function kindsInGroup(group: Group): KindSpec[] {
  return KIND_IDS.map((id) => CATALOG[id]).filter((k) => k.group === group);
}
