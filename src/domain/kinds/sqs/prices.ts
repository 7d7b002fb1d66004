/** Amazon SQS, us-east-1, https://aws.amazon.com/sqs/pricing/ (dates per rate). */
import { SOURCES } from '../../pricing/sources.ts';
import type { PriceTable } from '../../pricing/types.ts';

const M = 1_000_000;
const perM = (what: string) => ({ per: M, unit: `per 1M ${what}` });

const SQS = {
  source: SOURCES.sqs,
  asOf: 'Price List 2025-08-28',
  confidence: 'price list',
} as const;

/** The rates, with their dates: FIFO requests cost more per million than standard ones. */
export const SQS_PRICES: PriceTable['sqs'] = {
  standard: { ...SQS, usd: 0.4, ...perM('requests') },
  fifo: { ...SQS, usd: 0.5, ...perM('requests') },
  chunkKb: { ...SQS, quantity: 64, unit: 'KB per request' },
  freeRequests: {
    ...SQS,
    quantity: M,
    unit: 'requests per month (standard and FIFO together)',
  },
};
