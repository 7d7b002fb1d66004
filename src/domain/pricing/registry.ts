/**
 * The pricing registry: one entry per usage kind, from the kind's folder. Its order is the
 * order line items are printed, and the order in which they draw on a shared free pool
 * (x86 duration before Arm, standard SQS before FIFO: AWS does not say). One line per kind.
 */
import { albPricing } from '../kinds/alb/pricing.ts';
import { apiGatewayPricing } from '../kinds/api-gateway/pricing.ts';
import { dynamodbPricing } from '../kinds/dynamodb/pricing.ts';
import { eventbridgePricing } from '../kinds/eventbridge/pricing.ts';
import { fargatePricing } from '../kinds/fargate/pricing.ts';
import { kinesisPricing } from '../kinds/kinesis/pricing.ts';
import { lambdaPricing } from '../kinds/lambda/pricing.ts';
import { s3Pricing } from '../kinds/s3/pricing.ts';
import { snsPricing } from '../kinds/sns/pricing.ts';
import { sqsPricing } from '../kinds/sqs/pricing.ts';
import { stepFunctionsPricing } from '../kinds/step-functions/pricing.ts';
import type { KindPricing } from './kind-pricing.ts';
import type { UsageKind } from './usage.ts';

export const PRICING: { readonly [K in UsageKind]: KindPricing<K> } = {
  lambda: lambdaPricing,
  'api-gateway': apiGatewayPricing,
  sqs: sqsPricing,
  sns: snsPricing,
  dynamodb: dynamodbPricing,
  s3: s3Pricing,
  eventbridge: eventbridgePricing,
  'step-functions': stepFunctionsPricing,
  kinesis: kinesisPricing,
  alb: albPricing,
  fargate: fargatePricing,
};
