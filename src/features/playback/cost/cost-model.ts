/**
 * The bill of a run, arranged for the Cost tab: the total so far (at the engine's bucket
 * boundaries), per node, and by line item for the whole run and for a 30-day month at the
 * same traffic. Prices come from domain/pricing; nothing here invents a number.
 */
import { priceUsage, type CostLine, type PricingOptions } from '../../../domain/pricing/index.ts';
import type { SimResult } from '../../../domain/sim/index.ts';
import { bucketAt } from '../metrics/live-metrics.ts';

export interface NodeCost {
  nodeId: string;
  label: string;
  /** Whole run, before the free tier (the free tier is one account's, not each node's). */
  usd: number;
  lines: CostLine[];
  /** Cost so far at T, when the engine reports it per node; null otherwise. */
  soFar: number | null;
}

export interface LineRow {
  label: string;
  run: number;
  month: number;
}

export { costSoFar } from './cost-so-far.ts';

export function nodeCosts(
  result: Omit<SimResult, 'trace'>,
  labels: ReadonlyMap<string, string>,
  t: number,
): NodeCost[] {
  const options: PricingOptions = {
    freeTier: false,
    initBilling: result.cost?.options.initBilling ?? true,
  };
  const s = result.series;
  const b = bucketAt(s.bucketMs, s.costUsd.length, t, result.durationMs);
  return Object.entries(result.usage)
    .map(([nodeId, usage]) => {
      const breakdown = priceUsage(usage, options);
      const series = s.costByNode[nodeId];
      return {
        nodeId,
        label: labels.get(nodeId) ?? nodeId,
        usd: breakdown.usd,
        lines: breakdown.lines.filter((l) => l.usd > 0 || l.quantity > 0),
        soFar: series ? (b >= 0 ? (series[b] as number) : 0) : null,
      };
    })
    .sort((a, b2) => b2.usd - a.usd);
}

/** Line items of the whole run and of the month side by side (free tier as the run was priced). */
export function lineRows(result: Omit<SimResult, 'trace'>): LineRow[] {
  const rows = new Map<string, LineRow>();
  const row = (label: string) => {
    const existing = rows.get(label);
    if (existing) return existing;
    const made = { label, run: 0, month: 0 };
    rows.set(label, made);
    return made;
  };
  for (const line of result.cost?.total.lines ?? []) row(line.label).run += line.usd;
  for (const line of result.cost?.monthly.lines ?? []) row(line.label).month += line.usd;
  return [...rows.values()].sort((a, b) => b.month - a.month || b.run - a.run);
}
