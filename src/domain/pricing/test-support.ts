// Shared by the pricing tests: usage builders and AWS-style (per-line cents) readings.
import { priceAll } from './price.ts';
import { roundForDisplay } from './rounding.ts';
import type { CostBreakdown, PriceTable, PricingOptions } from './types.ts';
import type { Usage } from './usage.ts';

export type LambdaUsage = Extract<Usage, { kind: 'lambda' }>;

export const FREE: PricingOptions = { freeTier: true, initBilling: false };
export const NO_FREE: PricingOptions = { freeTier: false, initBilling: false };

/** A Lambda usage with everything zero except what the example states. */
export function lambda(over: Partial<LambdaUsage>): LambdaUsage {
  return {
    kind: 'lambda',
    architecture: 'x86_64',
    memoryMb: 128,
    ephemeralStorageMb: 512,
    requests: 0,
    billedDurationMs: 0,
    initDurationMs: 0,
    provisionedEnvMs: 0,
    provisionedBilledDurationMs: 0,
    ...over,
  };
}

/** The bill as AWS prints it: lines rounded to the cent, total = sum of rounded lines. */
export function printed(
  usages: Usage[],
  options: PricingOptions,
  prices?: PriceTable,
): CostBreakdown {
  return roundForDisplay(priceAll(usages, options, prices));
}

/** Sum of the printed lines of one item (tiered items print one line per band). */
export function cents(bill: CostBreakdown, item: string): number {
  const usd = bill.lines.filter((l) => l.item === item).reduce((sum, l) => sum + l.usd, 0);
  return Math.round(usd * 100) / 100;
}
