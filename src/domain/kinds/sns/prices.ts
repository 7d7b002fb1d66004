/** Amazon SNS, us-east-1, https://aws.amazon.com/sns/pricing/ (dates per rate). */
import { SOURCES } from '../../pricing/sources.ts';
import type { PriceTable } from '../../pricing/types.ts';

const M = 1_000_000;
const perM = (what: string) => ({ per: M, unit: `per 1M ${what}` });

const SNS = { source: SOURCES.sns, asOf: '2024 or later', confidence: 'official' } as const;

/** The rates, with their dates. */
export const SNS_PRICES: PriceTable['sns'] = {
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
};
