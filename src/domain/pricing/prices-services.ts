import { API_GATEWAY_PRICES } from '../kinds/api-gateway/prices.ts';
import { DYNAMODB_PRICES } from '../kinds/dynamodb/prices.ts';
import { EVENTBRIDGE_PRICES } from '../kinds/eventbridge/prices.ts';
import { KINESIS_PRICES } from '../kinds/kinesis/prices.ts';
import { S3_PRICES } from '../kinds/s3/prices.ts';
import { SNS_PRICES } from '../kinds/sns/prices.ts';
import { SQS_PRICES } from '../kinds/sqs/prices.ts';
import { STEP_FUNCTIONS_PRICES } from '../kinds/step-functions/prices.ts';
import type { ServicePrices } from './types.ts';

/**
 * Managed services, us-east-1. Each table lives in its kind's folder (kinds/<id>/prices.ts) with
 * its sources and dates; this gathers them for the dated price table and its tests.
 */
export const SERVICE_PRICES: ServicePrices = {
  apiGateway: API_GATEWAY_PRICES,
  sqs: SQS_PRICES,
  sns: SNS_PRICES,
  dynamodb: DYNAMODB_PRICES,
  s3: S3_PRICES,
  eventBridge: EVENTBRIDGE_PRICES,
  stepFunctions: STEP_FUNCTIONS_PRICES,
  kinesis: KINESIS_PRICES,
};
