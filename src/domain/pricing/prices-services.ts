import { SOURCES } from './sources.ts';
import { API_GATEWAY_PRICES } from '../kinds/api-gateway/prices.ts';
import { EVENTBRIDGE_PRICES } from '../kinds/eventbridge/prices.ts';
import { S3_PRICES } from '../kinds/s3/prices.ts';
import { SNS_PRICES } from '../kinds/sns/prices.ts';
import type { ServicePrices, Tier } from './types.ts';

const M = 1_000_000;
const perM = (what: string) => ({ per: M, unit: `per 1M ${what}` });

const DDB = {
  source: SOURCES.dynamodb,
  asOf: 'Price List 2026-08-15',
  confidence: 'price list',
} as const;
const SFN = { source: SOURCES.stepFunctions, asOf: 'page copy', confidence: 'official' } as const;
const KDS = { source: SOURCES.kinesis, asOf: 'undated', confidence: 'secondary' } as const;

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
  dynamodb: {
    writeRequestUnits: {
      ...DDB,
      usd: 0.625,
      ...perM('write request units'),
      note: '$1.25 before the Nov 2024 cut.',
    },
    readRequestUnits: {
      ...DDB,
      usd: 0.125,
      ...perM('read request units'),
      note: '$0.25 before the Nov 2024 cut.',
    },
    storage: {
      ...DDB,
      asOf: '2026-08-15',
      confidence: 'official',
      usd: 0.25,
      per: 1,
      unit: 'per GB-month',
    },
    freeStorageGb: {
      ...DDB,
      asOf: '2026-08-15',
      confidence: 'official',
      quantity: 25,
      unit: 'GB-months per month',
    },
  },
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
  kinesis: {
    shardHour: { ...KDS, usd: 0.015, per: 1, unit: 'per shard-hour' },
    putPayloadUnits: { ...KDS, usd: 0.014, ...perM('PUT payload units') },
    putPayloadUnitKb: { ...KDS, quantity: 25, unit: 'KB per PUT payload unit' },
  },
};
