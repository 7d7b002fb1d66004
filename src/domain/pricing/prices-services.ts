import { SOURCES } from './sources.ts';
import type { ServicePrices, Tier } from './types.ts';

const M = 1_000_000;
const perM = (what: string) => ({ per: M, unit: `per 1M ${what}` });

const APIGW = {
  source: SOURCES.apiGateway,
  asOf: 'page copy 2025-11-02',
  confidence: 'official',
} as const;
const requestsTier = (usd: number, upTo: number, tier: string): Tier => ({
  ...APIGW,
  ...perM('requests'),
  usd,
  upTo,
  tier,
});

const SNS = { source: SOURCES.sns, asOf: '2024 or later', confidence: 'official' } as const;
const DDB = {
  source: SOURCES.dynamodb,
  asOf: 'Price List 2026-08-15',
  confidence: 'price list',
} as const;
const S3 = { source: SOURCES.s3, asOf: 'Price List 2025-10-28', confidence: 'price list' } as const;
const S3_TIER_NOTE = 'Second and third storage bands are from secondary sources only.';
const EB = {
  source: SOURCES.eventBridge,
  asOf: 'Price List 2025-07-01',
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
  apiGateway: {
    rest: [
      requestsTier(3.5, 333e6, 'first 333M'),
      requestsTier(2.8, 1e9, 'next 667M'),
      requestsTier(2.38, 20e9, 'next 19B'),
      requestsTier(1.51, Infinity, 'over 20B'),
    ],
    http: [requestsTier(1.0, 300e6, 'first 300M'), requestsTier(0.9, Infinity, 'over 300M')],
    httpMeteringKb: { ...APIGW, quantity: 512, unit: 'KB per metered request' },
    dataTransferOut: {
      ...APIGW,
      usd: 0.09,
      per: 1,
      unit: 'per GB',
      note: 'EC2 rate for the first 10 TB; AWS applies it flat even to 57 TB in its REST example.',
    },
  },
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
  sns: {
    publishes: { ...SNS, usd: 0.5, ...perM('publishes') },
    chunkKb: { ...SNS, quantity: 64, unit: 'KB per publish' },
    freePublishes: { ...SNS, quantity: M, unit: 'publishes per month' },
    httpDeliveries: { ...SNS, asOf: 'page copy', usd: 0.6, ...perM('HTTP/S deliveries') },
    freeHttpDeliveries: {
      ...SNS,
      confidence: 'secondary',
      quantity: 100_000,
      unit: 'HTTP/S deliveries per month',
    },
    sqsOrLambdaDeliveries: { ...SNS, asOf: 'page copy', usd: 0, ...perM('deliveries') },
  },
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
  s3: {
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
  },
  eventBridge: {
    customEvents: { ...EB, usd: 1, ...perM('events (64 KB chunks)') },
    scheduler: { ...EB, usd: 1, ...perM('invocations') },
    freeSchedulerInvocations: { ...EB, quantity: 14 * M, unit: 'invocations per month' },
  },
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
