import type { Meter } from './kind-pricing.ts';
import { PRICING } from './registry.ts';
import type { PriceTable, PricingOptions } from './types.ts';
import type { Usage } from './usage.ts';

export type { Meter } from './kind-pricing.ts';

/**
 * Turns one node's usage into meters (each kind's own `kinds/<id>/pricing.ts`). Pricing happens
 * later, over all nodes together, because free tiers and volume tiers apply to the account's
 * monthly total, not to each node.
 *
 * @example
 * metersFor({ kind: 'sqs', queueType: 'fifo', requests: 10 }, options, PRICES)
 * // → [{ item: 'sqs.fifo', quantity: 10 }]
 */
export function metersFor(u: Usage, o: PricingOptions, p: PriceTable): Meter[] {
  // The registry pairs each usage kind with its own meters; TS cannot follow that pairing here.
  const pricing = PRICING[u.kind] as {
    meters(u: Usage, o: PricingOptions, p: PriceTable): Meter[];
  };
  return pricing.meters(u, o, p);
}
