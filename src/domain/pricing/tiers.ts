import type { Price, Tier } from './types.ts';

export type TierCharge = { tier: Tier; quantity: number; usd: number };

/**
 * Prices a quantity against cumulative bands: each band charges only the part of the quantity
 * that falls inside it (how AWS applies "first 333M / next 667M / …" rates).
 *
 * @example
 * priceTiered(400e6, PRICES.apiGateway.rest)
 * // → [{ quantity: 333e6, usd: 1165.5, … }, { quantity: 67e6, usd: 187.6, … }]
 */
export function priceTiered(quantity: number, tiers: readonly Tier[]): TierCharge[] {
  const charges: TierCharge[] = [];
  let from = 0;
  for (const tier of tiers) {
    if (quantity <= from) break;
    const inTier = Math.min(quantity, tier.upTo) - from;
    charges.push({ tier, quantity: inTier, usd: (inTier / tier.per) * tier.usd });
    from = tier.upTo;
  }
  return charges;
}

/** A flat rate as a single unbounded band, so every rate goes through `priceTiered`. */
export function flat(price: Price): readonly Tier[] {
  return [{ ...price, upTo: Infinity, tier: '' }];
}
