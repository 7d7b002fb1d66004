import { albMeters } from '../kinds/alb/pricing.ts';
import { fargateMeters } from '../kinds/fargate/pricing.ts';
import type { PriceTable, PricingOptions } from './types.ts';
import type { Usage } from './usage.ts';

/**
 * A measured quantity of one line item, in the base unit of its rate (requests, GB-s, …).
 * `freeEligible` is the part the free tier may cover; it defaults to the whole quantity.
 */
export type Meter = { item: string; quantity: number; freeEligible?: number };

/** Counts that are negative, NaN or infinite are engine bugs; pricing reads them as zero so
 *  money is never negative or NaN. */
const amount = (x: number | undefined): number =>
  x !== undefined && Number.isFinite(x) && x > 0 ? x : 0;

/** Splits a payload into the billing chunks a service meters in (at least one per call). */
const chunks = (payloadKb: number, chunkKb: number): number =>
  Math.max(1, Math.ceil(amount(payloadKb) / chunkKb));

function lambdaMeters(
  u: Extract<Usage, { kind: 'lambda' }>,
  o: PricingOptions,
  p: PriceTable,
): Meter[] {
  const gb = amount(u.memoryMb) / 1024;
  const billedMs = amount(u.billedDurationMs);
  const provisionedMs = Math.min(amount(u.provisionedBilledDurationMs), billedMs);
  const initMs = o.initBilling ? amount(u.initDurationMs) : 0;
  const requests = amount(u.requests);
  // Without a count from the engine, requests on provisioned environments are taken to be in
  // the same proportion as their billed duration (exact when durations are alike).
  const share = billedMs > 0 ? provisionedMs / billedMs : 0;
  const provisionedRequests = Math.min(
    requests,
    u.provisionedRequests !== undefined ? amount(u.provisionedRequests) : requests * share,
  );
  const extraEphemeralGb =
    Math.max(0, amount(u.ephemeralStorageMb) - p.lambda.includedEphemeralMb.quantity) / 1024;
  const arch = u.architecture;
  return [
    { item: 'lambda.requests', quantity: requests, freeEligible: requests - provisionedRequests },
    {
      item: `lambda.duration.${arch}`,
      quantity: ((billedMs - provisionedMs + initMs) / 1000) * gb,
    },
    { item: `lambda.provisioned.${arch}`, quantity: (amount(u.provisionedEnvMs) / 1000) * gb },
    { item: `lambda.provisionedDuration.${arch}`, quantity: (provisionedMs / 1000) * gb },
    { item: 'lambda.ephemeral', quantity: extraEphemeralGb * ((billedMs + initMs) / 1000) },
    { item: 'lambda.snapStartCache', quantity: (amount(u.snapStart?.cachedMs) / 1000) * gb },
    { item: 'lambda.snapStartRestore', quantity: amount(u.snapStart?.restores) * gb },
  ];
}

/**
 * Turns one node's usage into meters. Pricing happens later, over all nodes together, because
 * free tiers and volume tiers apply to the account's monthly total, not to each node.
 *
 * @example
 * metersFor({ kind: 'sqs', queueType: 'fifo', requests: 10 }, options, PRICES)
 * // → [{ item: 'sqs.fifo', quantity: 10 }]
 */
export function metersFor(u: Usage, o: PricingOptions, p: PriceTable): Meter[] {
  switch (u.kind) {
    case 'lambda':
      return lambdaMeters(u, o, p);
    case 'api-gateway':
      return [
        u.apiType === 'rest'
          ? { item: 'apigw.rest', quantity: amount(u.requests) }
          : {
              item: 'apigw.http',
              quantity:
                amount(u.requests) * chunks(u.payloadKb, p.apiGateway.httpMeteringKb.quantity),
            },
        { item: 'apigw.dataTransferOut', quantity: amount(u.dataTransferOutGb) },
      ];
    case 'sqs':
      return [{ item: `sqs.${u.queueType}`, quantity: amount(u.requests) }];
    case 'sns':
      return [
        {
          item: 'sns.publishes',
          quantity: amount(u.publishes) * chunks(u.payloadKb, p.sns.chunkKb.quantity),
        },
        { item: 'sns.httpDeliveries', quantity: amount(u.httpDeliveries) },
      ];
    case 'dynamodb':
      return [
        { item: 'dynamodb.writes', quantity: amount(u.writeUnits) },
        { item: 'dynamodb.reads', quantity: amount(u.readUnits) },
        { item: 'dynamodb.storage', quantity: amount(u.storageGb) },
      ];
    case 's3':
      return [
        { item: 's3.put', quantity: amount(u.putRequests) },
        { item: 's3.get', quantity: amount(u.getRequests) },
        { item: 's3.storage', quantity: amount(u.storageGb) },
      ];
    case 'eventbridge':
      return [
        { item: 'eventbridge.events', quantity: amount(u.events) },
        { item: 'eventbridge.scheduler', quantity: amount(u.schedulerInvocations) },
      ];
    case 'step-functions':
      return u.workflowType === 'standard'
        ? [{ item: 'sfn.transitions', quantity: amount(u.transitions) }]
        : [
            { item: 'sfn.expressRequests', quantity: amount(u.requests) },
            { item: 'sfn.expressDuration', quantity: amount(u.gbSeconds) / 3600 },
          ];
    case 'kinesis':
      return [
        { item: 'kinesis.shardHours', quantity: amount(u.shardHours) },
        { item: 'kinesis.putUnits', quantity: amount(u.putPayloadUnits) },
      ];
    case 'alb':
      return albMeters(u);
    case 'fargate':
      return fargateMeters(u);
  }
}
