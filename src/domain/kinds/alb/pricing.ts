/**
 * How a load balancer on the canvas is priced: its hours and its LCU-hours (prices.ts, with
 * their sources). Model assumption: a run is priced as the fraction of an hour it lasted (AWS
 * bills each started hour), so a 5-minute run and its monthly projection agree.
 */
import { amount, type KindPricing } from '../../pricing/kind-pricing.ts';
import { flat } from '../../pricing/tiers.ts';
import { ALB_PRICES } from './prices.ts';

export type { AlbUsage } from './usage.ts';
export { ALB_TOTALS } from './usage.ts';

export const albPricing: KindPricing<'alb'> = {
  meters: (u) => [
    { item: 'alb.hours', quantity: amount(u.hours) },
    { item: 'alb.lcu', quantity: amount(u.lcuHours) },
  ],
  rows: () => [
    ['alb.hours', 'Load balancer hours', 'ALB-hours', flat(ALB_PRICES.hour)],
    ['alb.lcu', 'Load balancer capacity units', 'LCU-hours', flat(ALB_PRICES.lcuHour)],
  ],
};
