/**
 * What a load balancer on the canvas measures and how it is priced: its hours and its
 * LCU-hours (prices.ts, with their sources). The engine fills `AlbUsage`; pricing turns it
 * into meters and lines. Model assumption: a run is priced as the fraction of an hour it
 * lasted (AWS bills each started hour), so a 5-minute run and its monthly projection agree.
 */
import { flat } from '../../pricing/tiers.ts';
import type { Tier } from '../../pricing/types.ts';
import { ALB_PRICES } from './prices.ts';

export type AlbUsage = {
  kind: 'alb';
  /** Hours the load balancer existed during the period. */
  hours: number;
  /** LCUs billed (the highest of the four dimensions) × hours. */
  lcuHours: number;
};

/** Fields that grow with time (see pricing/scale.ts). */
export const ALB_TOTALS = ['hours', 'lcuHours'] as const;

/** The shapes pricing/meters.ts and pricing/rules.ts use (not imported: they import this file). */
type Meter = { item: string; quantity: number };
type Rule = { item: string; label: string; unit: string; tiers: readonly Tier[] };

const amount = (x: number) => (Number.isFinite(x) && x > 0 ? x : 0);

export function albMeters(u: AlbUsage): Meter[] {
  return [
    { item: 'alb.hours', quantity: amount(u.hours) },
    { item: 'alb.lcu', quantity: amount(u.lcuHours) },
  ];
}

export const ALB_RULES: readonly Rule[] = [
  {
    item: 'alb.hours',
    label: 'Load balancer hours',
    unit: 'ALB-hours',
    tiers: flat(ALB_PRICES.hour),
  },
  {
    item: 'alb.lcu',
    label: 'Load balancer capacity units',
    unit: 'LCU-hours',
    tiers: flat(ALB_PRICES.lcuHour),
  },
];
