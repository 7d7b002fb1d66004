/**
 * Prices a run's usage with domain/pricing: per node, as one bill, over time (bucket by
 * bucket, from the usage reached at the end of each) and projected to a month.
 */
import {
  priceAll,
  priceUsage,
  projectMonthly,
  type PricingOptions,
  type Usage,
} from '../pricing/index.ts';
import type { Engine } from './engine.ts';
import type { CostSummary, SeriesMetrics } from './types.ts';

export function priceRun(
  sim: Engine,
  usage: Record<string, Usage>,
  series: Pick<SeriesMetrics, 'costUsd' | 'costByNode'>,
): CostSummary {
  const { freeTier, initBilling } = sim.model.settings;
  const options: PricingOptions = { freeTier, initBilling };
  // Per node over time: before the free tier, as the Cost tab prices each node.
  const nodeOptions: PricingOptions = { freeTier: false, initBilling };
  const usages = Object.values(usage);
  const byNode: Record<string, ReturnType<typeof priceUsage>> = {};
  for (const [id, u] of Object.entries(usage)) byNode[id] = priceUsage(u, options);
  const { costUsd, costByNode } = series;
  sim.usageAt.forEach((snapshot, k) => {
    const atK = snapshot.filter((u): u is Usage => u !== null);
    costUsd[k] = atK.length > 0 ? priceAll(atK, options).usd : 0;
    snapshot.forEach((u, node) => {
      const column = u && costByNode[sim.models[node]?.node.id ?? ''];
      if (column) column[k] = priceUsage(u, nodeOptions).usd;
    });
  });
  // A run that stopped early spends nothing more afterwards.
  for (const column of [costUsd, ...Object.values(costByNode)])
    for (let k = sim.usageAt.length; k < column.length; k++) column[k] = column[k - 1] ?? 0;
  const empty = { usd: 0, lines: [] };
  return {
    options,
    total: usages.length > 0 ? priceAll(usages, options) : empty,
    byNode,
    monthly:
      usages.length > 0 && sim.endedAtMs > 0
        ? projectMonthly(usages, sim.endedAtMs, options)
        : empty,
  };
}
