import { customEvent, fileUpload, httpClients, schedule } from './kinds-events.ts';
import { lambda } from './kinds-lambda.ts';
import {
  apiGateway,
  dynamodb,
  eventbridge,
  kinesis,
  s3,
  sns,
  sqs,
  stepFunctions,
} from './kinds-services.ts';
import { KIND_IDS, type Group, type KindId, type KindSpec } from './types.ts';

/** Every node kind, in palette order. */
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
};

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
];

export function kindsInGroup(group: Group): KindSpec[] {
  return KIND_IDS.map((id) => CATALOG[id]).filter((k) => k.group === group);
}
