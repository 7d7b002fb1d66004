import type { FreePool, Row } from './kind-pricing.ts';
import { PRICING } from './registry.ts';
import type { PriceTable, Tier } from './types.ts';

export type { FreePool } from './kind-pricing.ts';

/** How one line item is priced: its rate bands and the free pool it may draw on. */
export type Rule = {
  item: string;
  label: string;
  unit: string;
  tiers: readonly Tier[];
  pool?: FreePool;
};

/**
 * The always-free allowances of a month. API Gateway's and S3's free tiers are left out on
 * purpose: they last only 12 months for new accounts (credits replace them since 2025-07-15),
 * and AWS's own API Gateway examples ignore them.
 */
export function freePools(p: PriceTable): Record<FreePool, number> {
  return {
    lambdaRequests: p.lambda.freeRequests.quantity,
    lambdaGbSeconds: p.lambda.freeGbSeconds.quantity,
    lambdaStreamingGb: p.lambda.freeStreamingGb.quantity,
    sqsRequests: p.sqs.freeRequests.quantity,
    snsPublishes: p.sns.freePublishes.quantity,
    snsHttpDeliveries: p.sns.freeHttpDeliveries.quantity,
    dynamodbStorage: p.dynamodb.freeStorageGb.quantity,
    dynamodbWcuHours: p.dynamodb.freeWcuHours.quantity,
    dynamodbRcuHours: p.dynamodb.freeRcuHours.quantity,
    sfnTransitions: p.stepFunctions.freeTransitions.quantity,
    schedulerInvocations: p.eventBridge.freeSchedulerInvocations.quantity,
  };
}

const rule = ([item, label, unit, tiers, pool]: Row): Rule => ({ item, label, unit, tiers, pool });

/**
 * Every line item in the order lines are printed: the registry's order, each kind's rows in
 * the order its `pricing.ts` gives them.
 */
export function rulesFor(p: PriceTable): Rule[] {
  return Object.values(PRICING).flatMap((kind) => kind.rows(p).map(rule));
}
