/** AWS Step Functions, us-east-1, https://aws.amazon.com/step-functions/pricing/ (dates per rate). */
import { SOURCES } from '../../pricing/sources.ts';
import type { PriceTable, Tier } from '../../pricing/types.ts';

const SFN = { source: SOURCES.stepFunctions, asOf: 'page copy', confidence: 'official' } as const;

// Express duration is tiered in GB-hours: that is how AWS's own Express example prices it
// ($0.06 per GB-hour = $0.00001667 per GB-s for the first 1,000 GB-hours).
const expressTier = (usd: number, upTo: number, tier: string): Tier => ({
  ...SFN,
  note: 'Bands read from the Express Workflows pricing example on the page.',
  per: 1,
  unit: 'per GB-hour',
  usd,
  upTo,
  tier,
});

/** The rates, with their dates: Standard per state transition, Express per request and GB-hour. */
export const STEP_FUNCTIONS_PRICES: PriceTable['stepFunctions'] = {
  transitions: { ...SFN, usd: 0.025, per: 1000, unit: 'per 1,000 state transitions' },
  freeTransitions: { ...SFN, quantity: 4000, unit: 'state transitions per month' },
  expressRequests: { ...SFN, usd: 1, per: 1_000_000, unit: 'per 1M requests' },
  expressDuration: [
    expressTier(0.06, 1000, 'first 1,000 GB-hours'),
    expressTier(0.03, 5000, 'next 4,000 GB-hours'),
    expressTier(0.01642, Infinity, 'over 5,000 GB-hours'),
  ],
};
