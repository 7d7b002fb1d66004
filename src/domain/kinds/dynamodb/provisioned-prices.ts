/**
 * DynamoDB provisioned capacity prices, us-east-1, Standard table class: $0.00065 per
 * WCU-hour and $0.00013 per RCU-hour; the free tier keeps 25 WCU and 25 RCU free each month.
 * Source: aws.amazon.com/dynamodb/pricing/provisioned/ (copy read 2026-12; the rates have
 * been unchanged since 2018 — confidence: page copy, not re-checked against the Price List).
 * On-demand request units are priced in src/domain/pricing (prices-services.ts).
 */

export const PROVISIONED_PRICES = {
  asOf: 'page copy read 2026-12',
  source: 'https://aws.amazon.com/dynamodb/pricing/provisioned/',
  wcuHour: 0.00065,
  rcuHour: 0.00013,
  freeWcu: 25,
  freeRcu: 25,
} as const;

const cents = (usd: number) => Math.round(usd * 100 + 1e-9) / 100;

/** A month (or any span of `hours`) of a table provisioned with `wcu` and `rcu`. */
export function provisionedCapacityBill(
  wcu: number,
  rcu: number,
  hours: number,
  freeTier: boolean,
) {
  const p = PROVISIONED_PRICES;
  const billedW = Math.max(0, wcu - (freeTier ? p.freeWcu : 0));
  const billedR = Math.max(0, rcu - (freeTier ? p.freeRcu : 0));
  const lines = [
    { item: 'write capacity', usd: cents(billedW * hours * p.wcuHour) },
    { item: 'read capacity', usd: cents(billedR * hours * p.rcuHour) },
  ];
  return { lines, usd: cents(lines[0]!.usd + lines[1]!.usd) };
}
