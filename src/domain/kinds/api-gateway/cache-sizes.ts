/**
 * The sizes an API Gateway REST stage cache comes in, GB (Amazon API Gateway pricing page,
 * https://aws.amazon.com/api-gateway/pricing/, "Caching", copy of 2025-11-02). Their hourly
 * rates are in prices.ts; this list alone is what the catalog needs to draw the field.
 */
export const CACHE_SIZES_GB = [0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118, 237] as const;
export type CacheSizeGb = (typeof CACHE_SIZES_GB)[number];
