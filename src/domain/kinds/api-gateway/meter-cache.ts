/**
 * API caching's meter (Amazon API Gateway pricing page, https://aws.amazon.com/api-gateway/pricing/,
 * "Caching", us-east-1): a REST API stage's cache is billed by the hour for as long as it is
 * provisioned, whatever the traffic, at a rate set by its size. Not free-tier eligible.
 * Rates per hour as the page's table lists them (copy of 2025-11-02, re-read 2026-12-07; the
 * page's own example uses the 1.6 GB size at $0.038 an hour).
 */
import type { MeterLine } from '../lambda/meter-snapstart.ts';

import { CACHE_SIZES_GB, type CacheSizeGb } from './cache-sizes.ts';

export { CACHE_SIZES_GB, type CacheSizeGb };

export const CACHE_PRICES = {
  asOf: '2025-11-02 (page copy)',
  source: 'https://aws.amazon.com/api-gateway/pricing/',
  perHour: {
    0.5: 0.02,
    1.6: 0.038,
    6.1: 0.2,
    13.5: 0.25,
    28.4: 0.5,
    58.2: 1.0,
    118: 1.9,
    237: 3.8,
  } satisfies Record<CacheSizeGb, number>,
} as const;

/** The smallest cache size that holds `neededGb` (the page: "needs 1.5 GB → a 1.6 GB cache"). */
export function cacheSizeFor(neededGb: number): CacheSizeGb {
  return CACHE_SIZES_GB.find((size) => size >= neededGb) ?? 237;
}

export function priceApiCache(sizeGb: CacheSizeGb, hours: number): MeterLine[] {
  return [
    {
      item: 'apigw.cache',
      label: `API cache, ${sizeGb} GB`,
      quantity: hours,
      unit: 'cache hours',
      usd: hours * CACHE_PRICES.perHour[sizeGb],
    },
  ];
}
