/**
 * The engine's registry: one model (and its metrics report) per kind, by kind id. TypeScript
 * refuses the build when a kind has no entry, and `BaseModel` cannot stand in for one (it is
 * abstract). One line per kind.
 */
import { KIND_IDS, type KindId } from '../kinds/ids.ts';
import { AlbModel } from '../kinds/alb/model.ts';
import { reportAlb } from '../kinds/alb/report.ts';
import { ApiGatewayModel } from '../kinds/api-gateway/model.ts';
import { reportApiGateway } from '../kinds/api-gateway/report.ts';
import { DynamoDbModel } from '../kinds/dynamodb/model.ts';
import { reportDynamoDb } from '../kinds/dynamodb/report.ts';
import { EventBridgeModel } from '../kinds/eventbridge/model.ts';
import { reportEventBridge } from '../kinds/eventbridge/report.ts';
import { FargateModel } from '../kinds/fargate/model.ts';
import { reportFargate } from '../kinds/fargate/report.ts';
import { KinesisModel } from '../kinds/kinesis/model.ts';
import { reportKinesis } from '../kinds/kinesis/report.ts';
import { LambdaModel } from '../kinds/lambda/model.ts';
import { reportLambda } from '../kinds/lambda/report.ts';
import { S3Model } from '../kinds/s3/model.ts';
import { reportS3 } from '../kinds/s3/report.ts';
import { SnsModel } from '../kinds/sns/model.ts';
import { reportSns } from '../kinds/sns/report.ts';
import { SqsModel } from '../kinds/sqs/model.ts';
import { reportSqs } from '../kinds/sqs/report.ts';
import { StepFunctionsModel } from '../kinds/step-functions/model.ts';
import { reportStepFunctions } from '../kinds/step-functions/report.ts';
import { kindModel, type KindModel } from './kind-model.ts';
import type { NodeModel } from './node-model.ts';
import type { SimPort } from './port.ts';
import { SourceModel, reportSource } from './source.ts';

/** The event sources share one model (sim/source.ts); every other kind has its own. */
export const MODELS: { readonly [K in KindId]: KindModel } = {
  'http-clients': kindModel(SourceModel, reportSource),
  'file-upload': kindModel(SourceModel, reportSource),
  schedule: kindModel(SourceModel, reportSource),
  'custom-event': kindModel(SourceModel, reportSource),
  lambda: kindModel(LambdaModel, reportLambda),
  'api-gateway': kindModel(ApiGatewayModel, reportApiGateway),
  s3: kindModel(S3Model, reportS3),
  sns: kindModel(SnsModel, reportSns),
  sqs: kindModel(SqsModel, reportSqs),
  dynamodb: kindModel(DynamoDbModel, reportDynamoDb),
  eventbridge: kindModel(EventBridgeModel, reportEventBridge),
  'step-functions': kindModel(StepFunctionsModel, reportStepFunctions),
  kinesis: kindModel(KinesisModel, reportKinesis),
  alb: kindModel(AlbModel, reportAlb),
  fargate: kindModel(FargateModel, reportFargate),
};

/** Registry entries by kind code (the engine's nodes carry codes; see compile.ts). */
const BY_CODE: readonly KindModel[] = KIND_IDS.map((id) => MODELS[id]);

/** One model per node, by kind; and the account's unreserved concurrency, which they share. */
export function createModels(sim: SimPort): NodeModel[] {
  const { nodes, settings } = sim.model;
  // Reserved concurrency is carved out of the account limit; the rest is shared.
  let reserved = 0;
  for (const node of nodes) {
    const r = node.kind === 'lambda' ? node.config.reservedConcurrency : null;
    if (typeof r === 'number') reserved += r;
  }
  sim.account.unreservedPool = Math.max(0, settings.accountConcurrency - reserved);
  return nodes.map((node) => (BY_CODE[node.code] as KindModel).create(sim, node));
}

/** The report function of a node's kind. */
export function reportOf(code: number): KindModel['report'] {
  return (BY_CODE[code] as KindModel).report;
}
