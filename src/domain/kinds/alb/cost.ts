/** The monthly bill of one load balancer: its hours plus its LCU-hours. */
import type { CostBreakdown } from '../../pricing/types.ts';
import { lcusPerHour, type LcuUsage } from './lcu.ts';
import { ALB_PRICES } from './prices.ts';

export function albCost(usage: LcuUsage, hours: number, prices = ALB_PRICES): CostBreakdown {
  const lcuHours = lcusPerHour(usage) * Math.max(0, hours);
  const h = Math.max(0, hours);
  const lines = [
    {
      item: 'alb.hours',
      label: 'Load balancer hours',
      quantity: h,
      unit: 'ALB-hours',
      usd: h * prices.hour.usd,
    },
    {
      item: 'alb.lcu',
      label: 'Load balancer capacity units',
      quantity: lcuHours,
      unit: 'LCU-hours',
      usd: lcuHours * prices.lcuHour.usd,
    },
  ];
  return { usd: lines.reduce((s, l) => s + l.usd, 0), lines };
}

/**
 * Model assumption for a simulated run: each request is a new connection of its own lasting its
 * response time (no keep-alive reuse), and its bytes are the payload in and out. This is what
 * the LCU needs from a run; the assumption overstates connections for browsers that reuse them.
 */
export function lcuUsageFromTraffic(t: {
  requestsPerSec: number;
  meanResponseMs: number;
  kbPerRequest: number;
  rulesPerRequest?: number;
  lambdaTarget: boolean;
}): LcuUsage {
  return {
    newConnectionsPerSec: t.requestsPerSec,
    activeConnectionsPerMin: t.requestsPerSec * 60 * Math.max(1, t.meanResponseMs / 60_000),
    processedGbPerHour: (t.requestsPerSec * 3600 * t.kbPerRequest) / (1024 * 1024),
    requestsPerSec: t.requestsPerSec,
    rulesPerRequest: t.rulesPerRequest ?? 1,
    lambdaTarget: t.lambdaTarget,
  };
}
