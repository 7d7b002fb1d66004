import { SOURCES } from './sources.ts';
import { API_GATEWAY_PRICES } from '../kinds/api-gateway/prices.ts';
import { DYNAMODB_PRICES } from '../kinds/dynamodb/prices.ts';
import { EVENTBRIDGE_PRICES } from '../kinds/eventbridge/prices.ts';
import { KINESIS_PRICES } from '../kinds/kinesis/prices.ts';
import { S3_PRICES } from '../kinds/s3/prices.ts';
import { SNS_PRICES } from '../kinds/sns/prices.ts';
import type { ServicePrices, Tier } from './types.ts';

const M = 1_000_000;
const perM = (what: string) => ({ per: M, unit: `per 1M ${what}` });

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

/** Managed services, us-east-1 (pages in sources.ts; dates per rate). First tiers only where AWS has more. */
export const SERVICE_PRICES: ServicePrices = {
  apiGateway: API_GATEWAY_PRICES,
  sqs: {
    standard: {
      source: SOURCES.sqs,
      asOf: 'Price List 2025-08-28',
      confidence: 'price list',
      usd: 0.4,
      ...perM('requests'),
    },
    fifo: {
      source: SOURCES.sqs,
      asOf: 'Price List 2025-08-28',
      confidence: 'price list',
      usd: 0.5,
      ...perM('requests'),
    },
    chunkKb: {
      source: SOURCES.sqs,
      asOf: 'Price List 2025-08-28',
      confidence: 'price list',
      quantity: 64,
      unit: 'KB per request',
    },
    freeRequests: {
      source: SOURCES.sqs,
      asOf: 'Price List 2025-08-28',
      confidence: 'price list',
      quantity: M,
      unit: 'requests per month (standard and FIFO together)',
    },
  },
  sns: SNS_PRICES,
  dynamodb: DYNAMODB_PRICES,
  s3: S3_PRICES,
  eventBridge: EVENTBRIDGE_PRICES,
  stepFunctions: {
    transitions: { ...SFN, usd: 0.025, per: 1000, unit: 'per 1,000 state transitions' },
    freeTransitions: { ...SFN, quantity: 4000, unit: 'state transitions per month' },
    expressRequests: { ...SFN, usd: 1, ...perM('requests') },
    expressDuration: [
      expressTier(0.06, 1000, 'first 1,000 GB-hours'),
      expressTier(0.03, 5000, 'next 4,000 GB-hours'),
      expressTier(0.01642, Infinity, 'over 5,000 GB-hours'),
    ],
  },
  kinesis: KINESIS_PRICES,
};
