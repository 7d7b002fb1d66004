/** Amazon EventBridge custom events and EventBridge Scheduler, us-east-1, https://aws.amazon.com/eventbridge/pricing/ (dates per rate). */
import { SOURCES } from '../../pricing/sources.ts';
import type { PriceTable } from '../../pricing/types.ts';

const M = 1_000_000;
const perM = (what: string) => ({ per: M, unit: `per 1M ${what}` });

const EB = {
  source: SOURCES.eventBridge,
  asOf: 'Price List 2025-07-01',
  confidence: 'price list',
} as const;

/** The rates, with their dates. */
export const EVENTBRIDGE_PRICES: PriceTable['eventBridge'] = {
  customEvents: { ...EB, usd: 1, ...perM('events (64 KB chunks)') },
  scheduler: { ...EB, usd: 1, ...perM('invocations') },
  freeSchedulerInvocations: { ...EB, quantity: 14 * M, unit: 'invocations per month' },
};
