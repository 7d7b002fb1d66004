import { priceAll } from './price.ts';
import { PRICES } from './prices.ts';
import { scaleUsage } from './scale.ts';
import type { CostBreakdown, PriceTable, PricingOptions } from './types.ts';
import type { Usage } from './usage.ts';

/**
 * The month a projection scales to: 30 days. AWS's worked examples mostly use 30 days (API
 * Gateway's, Fargate's and Lambda's event-source-mapping examples); a few Lambda examples
 * use 31, and AWS's calculator bills instances for 730 hours (see HOURS_PER_MONTH).
 */
export const MONTH_DAYS = 30;
export const MONTH_MS = MONTH_DAYS * 24 * 3600 * 1000;

/**
 * "This traffic for a month costs…": scales usage measured over `simulatedMs` to a 30-day
 * month and prices it, free tier on or off as `options` says.
 *
 * @example
 * // 10 simulated minutes of 1,000 SQS requests → 4.32M requests a month
 * projectMonthly([{ kind: 'sqs', queueType: 'standard', requests: 1000 }], 600_000,
 *   { freeTier: true, initBilling: false }).usd // → 1.328
 */
export function projectMonthly(
  usages: readonly Usage[],
  simulatedMs: number,
  options: PricingOptions,
  prices: PriceTable = PRICES,
): CostBreakdown {
  if (!Number.isFinite(simulatedMs) || simulatedMs <= 0) {
    throw new RangeError(`Simulated time must be a positive number of ms, got ${simulatedMs}.`);
  }
  const factor = MONTH_MS / simulatedMs;
  return priceAll(
    usages.map((u) => scaleUsage(u, factor)),
    options,
    prices,
  );
}
