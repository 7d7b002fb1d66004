/**
 * Amazon DynamoDB, us-east-1, Standard table class. On-demand request units and storage:
 * https://aws.amazon.com/dynamodb/pricing/on-demand/ (Price List 2026-08-15). Provisioned
 * capacity: https://aws.amazon.com/dynamodb/pricing/provisioned/ (page copy read 2026-12; the
 * rates have been unchanged since 2018 — not re-checked against the Price List).
 */
import { SOURCES } from '../../pricing/sources.ts';
import type { PriceTable } from '../../pricing/types.ts';

const M = 1_000_000;
const perM = (what: string) => ({ per: M, unit: `per 1M ${what}` });

const DDB = {
  source: SOURCES.dynamodb,
  asOf: 'Price List 2026-08-15',
  confidence: 'price list',
} as const;
const PROVISIONED = {
  source: SOURCES.dynamodbProvisioned,
  asOf: 'page copy read 2026-12',
  confidence: 'official',
} as const;

/** AWS prices a month of provisioned capacity as 730 hours (its pricing examples do). */
export const HOURS_PER_MONTH = 730;

/** The rates, with their dates. */
export const DYNAMODB_PRICES: PriceTable['dynamodb'] = {
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
  wcuHour: { ...PROVISIONED, usd: 0.00065, per: 1, unit: 'per WCU-hour' },
  rcuHour: { ...PROVISIONED, usd: 0.00013, per: 1, unit: 'per RCU-hour' },
  freeWcuHours: {
    ...PROVISIONED,
    quantity: 25 * HOURS_PER_MONTH,
    unit: 'WCU-hours per month (25 WCU all month)',
  },
  freeRcuHours: {
    ...PROVISIONED,
    quantity: 25 * HOURS_PER_MONTH,
    unit: 'RCU-hours per month (25 RCU all month)',
  },
};
