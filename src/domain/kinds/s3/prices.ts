/** Amazon S3 Standard, us-east-1, https://aws.amazon.com/s3/pricing/ (dates per rate). */
import { SOURCES } from '../../pricing/sources.ts';
import type { PriceTable } from '../../pricing/types.ts';

const S3 = { source: SOURCES.s3, asOf: 'Price List 2025-10-28', confidence: 'price list' } as const;
const S3_TIER_NOTE = 'Second and third storage bands are from secondary sources only.';

/** The rates, with their dates. */
export const S3_PRICES: PriceTable['s3'] = {
  put: { ...S3, usd: 0.005, per: 1000, unit: 'per 1,000 PUT/COPY/POST/LIST' },
  get: { ...S3, usd: 0.0004, per: 1000, unit: 'per 1,000 GET' },
  storage: [
    { ...S3, usd: 0.023, per: 1, unit: 'per GB-month', upTo: 51_200, tier: 'first 50 TB' },
    {
      ...S3,
      confidence: 'secondary',
      note: S3_TIER_NOTE,
      usd: 0.022,
      per: 1,
      unit: 'per GB-month',
      upTo: 512_000,
      tier: 'next 450 TB',
    },
    {
      ...S3,
      confidence: 'secondary',
      note: S3_TIER_NOTE,
      usd: 0.021,
      per: 1,
      unit: 'per GB-month',
      upTo: Infinity,
      tier: 'over 500 TB',
    },
  ],
};
