/**
 * A month (or any span) of provisioned capacity, priced the way the provisioned pricing page
 * prints it: WCU-hours and RCU-hours at the rates of `prices.ts`, less the free tier's 25 WCU
 * and 25 RCU, each line rounded to the cent. The Cost tab prices a run through the same rates
 * (`pricing.ts`); this function is the worked-example form used by the tests.
 */
import { DYNAMODB_PRICES, HOURS_PER_MONTH } from './prices.ts';

const cents = (usd: number) => Math.round(usd * 100 + 1e-9) / 100;

/** A span of `hours` of a table provisioned with `wcu` and `rcu`. */
export function provisionedCapacityBill(
  wcu: number,
  rcu: number,
  hours: number,
  freeTier: boolean,
) {
  const p = DYNAMODB_PRICES;
  const free = (a: { quantity: number }) => (freeTier ? a.quantity / HOURS_PER_MONTH : 0);
  const billedW = Math.max(0, wcu - free(p.freeWcuHours));
  const billedR = Math.max(0, rcu - free(p.freeRcuHours));
  const lines = [
    { item: 'write capacity', usd: cents(billedW * hours * p.wcuHour.usd) },
    { item: 'read capacity', usd: cents(billedR * hours * p.rcuHour.usd) },
  ];
  return { lines, usd: cents(lines[0]!.usd + lines[1]!.usd) };
}
