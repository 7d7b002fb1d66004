import { LAMBDA_PRICES } from '../kinds/lambda/prices.ts';
import { SERVICE_PRICES } from './prices-services.ts';
import { PRICES_COMPILED, SOURCES } from './sources.ts';
import type { ComputePrices, PriceTable } from './types.ts';

const FARGATE = {
  source: SOURCES.fargate,
  asOf: 'Price List 2026-07-07',
  confidence: 'price list',
} as const;

const COMPUTE_PRICES: ComputePrices = {
  fargate: {
    x86_64: {
      vcpuHour: { ...FARGATE, usd: 0.04048, per: 1, unit: 'per vCPU-hour' },
      gbHour: { ...FARGATE, usd: 0.004445, per: 1, unit: 'per GB-hour' },
    },
    arm64: {
      vcpuHour: { ...FARGATE, usd: 0.03238, per: 1, unit: 'per vCPU-hour' },
      gbHour: { ...FARGATE, usd: 0.00356, per: 1, unit: 'per GB-hour' },
    },
    ephemeralStorageGbHour: {
      ...FARGATE,
      asOf: 'page copy',
      confidence: 'official',
      usd: 0.0000000308 * 3600,
      per: 1,
      unit: 'per GB-hour above 20 GB',
      note: 'The page gives $0.0000000308 per GB-second.',
    },
    includedEphemeralGb: {
      ...FARGATE,
      asOf: 'page copy',
      confidence: 'official',
      quantity: 20,
      unit: 'GB per task',
    },
  },
  ec2: {
    t3micro: {
      source: SOURCES.ec2,
      asOf: 'Price List 2026-09-05',
      confidence: 'price list',
      usd: 0.0104,
      per: 1,
      unit: 'per instance-hour (Linux)',
    },
  },
};

/**
 * The price table: us-east-1, on-demand, every number with its source, date and confidence.
 * Inject a modified copy to reproduce an example priced before a change, e.g.
 * `{ ...PRICES, dynamodb: { ...PRICES.dynamodb, writeRequestUnits: { ...w, usd: 1.25 } } }`.
 */
export const PRICES: PriceTable = {
  region: 'us-east-1',
  compiled: PRICES_COMPILED,
  lambda: LAMBDA_PRICES,
  ...SERVICE_PRICES,
  ...COMPUTE_PRICES,
};
