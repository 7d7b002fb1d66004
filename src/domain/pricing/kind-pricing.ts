/**
 * What the pricing registry (registry.ts) holds for one usage kind: how its usage becomes
 * meters, and the line items those meters are priced as. Each lives in the kind's folder
 * (`kinds/<id>/pricing.ts`); the rates stay in this folder's dated price table.
 */
import type { PriceTable, PricingOptions, Tier } from './types.ts';
import type { Usage, UsageKind } from './usage.ts';

/**
 * A measured quantity of one line item, in the base unit of its rate (requests, GB-s, …).
 * `freeEligible` is the part the free tier may cover; it defaults to the whole quantity.
 */
export type Meter = { item: string; quantity: number; freeEligible?: number };

/** Monthly allowances shared by every node of an account (one pool each, not one per node). */
export type FreePool =
  | 'lambdaRequests'
  | 'lambdaGbSeconds'
  | 'lambdaStreamingGb'
  | 'sqsRequests'
  | 'snsPublishes'
  | 'snsHttpDeliveries'
  | 'dynamodbStorage'
  | 'dynamodbWcuHours'
  | 'dynamodbRcuHours'
  | 'sfnTransitions'
  | 'schedulerInvocations';

/** One line item: [item, label, unit, rate bands, free pool it may draw on]. */
export type Row = [
  item: string,
  label: string,
  unit: string,
  tiers: readonly Tier[],
  pool?: FreePool,
];

export interface KindPricing<K extends UsageKind = UsageKind> {
  meters(usage: Extract<Usage, { kind: K }>, options: PricingOptions, prices: PriceTable): Meter[];
  /** Its line items, in the order they are printed (and draw on a shared pool). */
  rows(prices: PriceTable): Row[];
}

/** Counts that are negative, NaN or infinite are engine bugs; pricing reads them as zero so
 *  money is never negative or NaN. */
export const amount = (x: number | undefined): number =>
  x !== undefined && Number.isFinite(x) && x > 0 ? x : 0;

/** Splits a payload into the billing chunks a service meters in (at least one per call). */
export const chunks = (payloadKb: number, chunkKb: number): number =>
  Math.max(1, Math.ceil(amount(payloadKb) / chunkKb));
