export type { Usage, UsageKind } from './usage.ts';
export type {
  Allowance,
  Architecture,
  Confidence,
  CostBreakdown,
  CostLine,
  Price,
  PriceTable,
  PricingOptions,
  Tier,
} from './types.ts';
export { PRICES } from './prices.ts';
export { SOURCES, PRICES_COMPILED } from './sources.ts';
export { priceAll, priceUsage } from './price.ts';
export { projectMonthly, MONTH_DAYS, MONTH_MS } from './project.ts';
export { scaleUsage } from './scale.ts';
export { roundForDisplay, roundToCent } from './rounding.ts';
export { priceTiered, type TierCharge } from './tiers.ts';
export { billedDurationMs, expressBilledGbSeconds } from './granularity.ts';
export {
  containerMonthlyCost,
  fargateCost,
  lambdaCrossover,
  HOURS_PER_MONTH,
  type ContainerSpec,
  type LambdaCrossover,
} from './containers.ts';
