import { metersFor } from './meters.ts';
import { PRICES } from './prices.ts';
import { freePools, rulesFor } from './rules.ts';
import { priceTiered } from './tiers.ts';
import type { CostBreakdown, CostLine, PriceTable, PricingOptions } from './types.ts';
import type { Usage } from './usage.ts';

type Total = { quantity: number; freeEligible: number };

/**
 * Prices the usage of many nodes as one account's bill: quantities are summed per line item
 * first, so a free tier is given once (not once per node) and volume tiers see the total.
 * With `freeTier` on, the usage is read as one month's usage. Costs are exact; use
 * `roundForDisplay` for AWS-style cents.
 *
 * @example
 * const queue = { kind: 'sqs', queueType: 'standard', requests: 800_000 } as const;
 * priceAll([queue, queue], { freeTier: true, initBilling: false })
 * // → { usd: 0.24, lines: [{ item: 'sqs.standard', quantity: 600_000, … }] } (1M free once)
 */
export function priceAll(
  usages: readonly Usage[],
  options: PricingOptions,
  prices: PriceTable = PRICES,
): CostBreakdown {
  const totals = new Map<string, Total>();
  for (const meter of usages.flatMap((u) => metersFor(u, options, prices))) {
    const total = totals.get(meter.item) ?? { quantity: 0, freeEligible: 0 };
    total.quantity += meter.quantity;
    total.freeEligible += meter.freeEligible ?? meter.quantity;
    totals.set(meter.item, total);
  }

  const pools = freePools(prices);
  const lines: CostLine[] = [];
  for (const rule of rulesFor(prices)) {
    const total = totals.get(rule.item);
    if (!total || total.quantity <= 0) continue;
    let billable = total.quantity;
    if (options.freeTier && rule.pool) {
      const free = Math.min(pools[rule.pool], Math.max(0, total.freeEligible), billable);
      pools[rule.pool] -= free;
      billable -= free;
    }
    const charges = priceTiered(billable, rule.tiers);
    if (charges.length === 0) {
      lines.push({
        item: rule.item,
        label: `${rule.label} (within free tier)`,
        quantity: 0,
        unit: rule.unit,
        usd: 0,
      });
    }
    // One line per band, as AWS prints "333 million × $3.50 … 667 million × $2.80 …".
    for (const charge of charges) {
      const label = rule.tiers.length > 1 ? `${rule.label}, ${charge.tier.tier}` : rule.label;
      lines.push({
        item: rule.item,
        label,
        quantity: charge.quantity,
        unit: rule.unit,
        usd: charge.usd,
      });
    }
  }
  return { usd: lines.reduce((sum, line) => sum + line.usd, 0), lines };
}

/**
 * Prices one node's usage. With `freeTier` on, the usage is read as one month's usage and the
 * monthly allowances are subtracted before pricing.
 *
 * @example
 * // AWS Lambda pricing page, example 1: 3M requests of 120 ms at 1,536 MB (x86)
 * const usage = { kind: 'lambda', architecture: 'x86_64', memoryMb: 1536, ephemeralStorageMb: 512,
 *   requests: 3e6, billedDurationMs: 3e6 * 120, initDurationMs: 0, provisionedEnvMs: 0,
 *   provisionedBilledDurationMs: 0 } as const;
 * roundForDisplay(priceUsage(usage, { freeTier: true, initBilling: false })).usd // → 2.73
 */
export function priceUsage(
  usage: Usage,
  options: PricingOptions,
  prices: PriceTable = PRICES,
): CostBreakdown {
  return priceAll([usage], options, prices);
}
