import { SOURCES } from '../../pricing/sources.ts';
import type { LambdaPrices, Tier } from '../../pricing/types.ts';
import { STREAMING_PRICES } from './meter-streaming.ts';

const PAGE = { source: SOURCES.lambda, confidence: 'official' } as const;
const LIST = {
  asOf: 'Price List 2025-10-01',
  source: SOURCES.lambda,
  confidence: 'price list',
} as const;
const GB_S = { per: 1, unit: 'per GB-s' } as const;

// Tier boundaries and discounts (10 %, 20 %) are from AWS's 2022-08 blog; the rates of the
// second and third bands are the Price List figures, which match those discounts.
const TIER_NOTE =
  'Bands from the 2022-08 tiered-pricing blog; applied to monthly aggregate duration.';

function band(usd: number, upTo: number, tier: string, first: boolean): Tier {
  return first
    ? { ...LIST, ...GB_S, usd, upTo, tier, confidence: 'official' }
    : { ...LIST, ...GB_S, usd, upTo, tier, source: SOURCES.lambdaTiers, note: TIER_NOTE };
}

/** AWS Lambda, us-east-1, on-demand (pages in sources.ts; each rate says its date and confidence). */
export const LAMBDA_PRICES: LambdaPrices = {
  requests: {
    ...PAGE,
    asOf: 'page copy, late 2025',
    usd: 0.2,
    per: 1_000_000,
    unit: 'per 1M requests',
  },
  duration: {
    x86_64: [
      band(0.0000166667, 6e9, 'first 6B GB-s', true),
      band(0.000015, 15e9, 'next 9B GB-s', false),
      band(0.0000133334, Infinity, 'over 15B GB-s', false),
    ],
    arm64: [
      band(0.0000133334, 7.5e9, 'first 7.5B GB-s', true),
      band(0.0000120001, 18.75e9, 'next 11.25B GB-s', false),
      band(0.0000106667, Infinity, 'over 18.75B GB-s', false),
    ],
  },
  provisionedConcurrency: {
    x86_64: { ...PAGE, ...GB_S, asOf: 'page copy', usd: 0.0000041667, unit: 'per GB-s configured' },
    arm64: { ...LIST, ...GB_S, usd: 0.0000033334, unit: 'per GB-s configured' },
  },
  provisionedDuration: {
    x86_64: { ...PAGE, ...GB_S, asOf: 'page copy', usd: 0.0000097222 },
    arm64: { ...LIST, ...GB_S, usd: 0.0000077778 },
  },
  ephemeralStorage: {
    ...PAGE,
    ...GB_S,
    asOf: 'page copy',
    usd: 0.0000000309,
    note: 'Charged on storage configured above the included 512 MB, for the billed duration.',
  },
  // The same figures as domain/kinds/lambda/meter-snapstart.ts, whose tests reproduce the
  // page's SnapStart example to the cent.
  snapStartCache: {
    ...PAGE,
    ...GB_S,
    asOf: 'page copy read 2026-12-07',
    usd: 0.0000015046,
    note: 'Python and .NET only (Java SnapStart carries no charge); memory × time the version is active, at least 3 hours.',
  },
  snapStartRestore: {
    ...PAGE,
    asOf: 'page copy read 2026-12-07',
    usd: 0.0001397998,
    per: 1,
    unit: 'per GB restored',
    note: 'Python and .NET only: memory of each environment resumed from the snapshot.',
  },
  // The figures of domain/kinds/lambda/meter-streaming.ts, whose tests reproduce the page's
  // response streaming example to the cent.
  streaming: {
    ...PAGE,
    asOf: STREAMING_PRICES.asOf,
    usd: STREAMING_PRICES.perGb,
    per: 1,
    unit: 'per GB streamed',
    note: 'Only the bytes past the first 6 MB of each response; 1 GB = 1,024 MB.',
  },
  streamingFreeMbPerResponse: {
    ...PAGE,
    asOf: STREAMING_PRICES.asOf,
    quantity: STREAMING_PRICES.freeMbPerResponse,
    unit: 'MB per response',
  },
  freeStreamingGb: {
    ...PAGE,
    asOf: STREAMING_PRICES.asOf,
    quantity: STREAMING_PRICES.freeGbPerMonth,
    unit: 'GB streamed per month (always free)',
  },
  includedEphemeralMb: { ...PAGE, asOf: 'page copy', quantity: 512, unit: 'MB' },
  freeRequests: { ...PAGE, asOf: 'page copy', quantity: 1_000_000, unit: 'requests per month' },
  freeGbSeconds: {
    ...PAGE,
    asOf: 'page copy',
    quantity: 400_000,
    unit: 'GB-s per month',
    note: 'Shared by x86 and Arm; not available on provisioned environments.',
  },
  granularityMs: {
    ...PAGE,
    asOf: '2020-12-01',
    quantity: 1,
    unit: 'ms',
    before: 100,
    note: 'Billed duration is rounded up to 1 ms; it was rounded up to 100 ms before Dec 2020.',
  },
  initBillingSince: {
    ...PAGE,
    asOf: '2025-08-01',
    date: '2025-08-01',
    note: 'INIT is billed like the invocation for on-demand ZIP functions on managed runtimes.',
  },
};
