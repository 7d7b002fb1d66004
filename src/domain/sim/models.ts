/** One model per node, by kind; and the account's unreserved concurrency, which they share. */
import { ApiGatewayModel } from './api-gateway.ts';
import { K } from './compile.ts';
import type { Engine } from './engine.ts';
import { LambdaModel } from './lambda.ts';
import { BaseModel, type NodeModel } from './model-base.ts';
import { EventBridgeModel, S3Model, SnsModel } from './services.ts';
import { DynamoDbModel, KinesisModel } from './stores.ts';
import { SourceModel } from './source.ts';
import { SqsModel } from './sqs.ts';
import { StepFunctionsModel } from './step-functions.ts';
import { AlbModel } from '../kinds/alb/model.ts';
import { FargateModel } from '../kinds/fargate/model.ts';

export function createModels(sim: Engine): NodeModel[] {
  const { nodes, settings } = sim.model;
  // Reserved concurrency is carved out of the account limit; the rest is shared.
  let reserved = 0;
  for (const node of nodes) {
    const r = node.code === K.lambda ? node.config.reservedConcurrency : null;
    if (typeof r === 'number') reserved += r;
  }
  sim.account.unreservedPool = Math.max(0, settings.accountConcurrency - reserved);
  return nodes.map((node): NodeModel => {
    switch (node.code) {
      case K.http:
      case K.upload:
      case K.schedule:
      case K.custom:
        return new SourceModel(sim, node);
      case K.lambda:
        return new LambdaModel(sim, node);
      case K.api:
        return new ApiGatewayModel(sim, node);
      case K.s3:
        return new S3Model(sim, node);
      case K.sns:
        return new SnsModel(sim, node);
      case K.sqs:
        return new SqsModel(sim, node);
      case K.dynamodb:
        return new DynamoDbModel(sim, node);
      case K.eventbridge:
        return new EventBridgeModel(sim, node);
      case K.stepFunctions:
        return new StepFunctionsModel(sim, node);
      case K.kinesis:
        return new KinesisModel(sim, node);
      case K.alb:
        return new AlbModel(sim, node);
      case K.fargate:
        return new FargateModel(sim, node);
      default:
        return new BaseModel(sim, node);
    }
  });
}
