import { SOURCES } from './sources.ts';
import { API_GATEWAY_PRICES } from '../kinds/api-gateway/prices.ts';
import { EVENTBRIDGE_PRICES } from '../kinds/eventbridge/prices.ts';
import { S3_PRICES } from '../kinds/s3/prices.ts';
import { SNS_PRICES } from '../kinds/sns/prices.ts';
import { SQS_PRICES } from '../kinds/sqs/prices.ts';
import { STEP_FUNCTIONS_PRICES } from '../kinds/step-functions/prices.ts';
import type { ServicePrices } from './types.ts';

const M = 1_000_000;
const perM = (what: string) => ({ per: M, unit: `per 1M ${what}` });

const DDB = {
  source: SOURCES.dynamodb,
  asOf: 'Price List 2026-08-15',
  confidence: 'price list',
} as const;
const KDS = { source: SOURCES.kinesis, asOf: 'undated', confidence: 'secondary' } as const;

/** Managed services, us-east-1 (pages in sources.ts; dates per rate). First tiers only where AWS has more. */
export const SERVICE_PRICES: ServicePrices = {
  apiGateway: API_GATEWAY_PRICES,
  sqs: SQS_PRICES,
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
  stepFunctions: STEP_FUNCTIONS_PRICES,
  kinesis: {
    shardHour: { ...KDS, usd: 0.015, per: 1, unit: 'per shard-hour' },
    putPayloadUnits: { ...KDS, usd: 0.014, ...perM('PUT payload units') },
    putPayloadUnitKb: { ...KDS, quantity: 25, unit: 'KB per PUT payload unit' },
  },
};
