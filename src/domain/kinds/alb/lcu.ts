/**
 * Load Balancer Capacity Units: each hour is billed at the highest of four dimensions, and
 * partial LCUs are billed (Elastic Load Balancing FAQs, https://aws.amazon.com/elasticloadbalancing/faqs/,
 * copy read 2026-09).
 */
import { LCU } from './prices.ts';

export type LcuUsage = {
  newConnectionsPerSec: number;
  activeConnectionsPerMin: number;
  processedGbPerHour: number;
  /** Request rate × rules processed per request. */
  requestsPerSec: number;
  rulesPerRequest: number;
  lambdaTarget: boolean;
};

export type LcuDimensions = {
  newConnections: number;
  activeConnections: number;
  processedBytes: number;
  ruleEvaluations: number;
};

export function lcuDimensions(u: LcuUsage): LcuDimensions {
  const perGb = u.lambdaTarget ? LCU.processedGbPerHourLambda : LCU.processedGbPerHour;
  const evaluations = u.requestsPerSec * Math.max(0, u.rulesPerRequest - LCU.freeRules);
  return {
    newConnections: Math.max(0, u.newConnectionsPerSec) / LCU.newConnectionsPerSec,
    activeConnections: Math.max(0, u.activeConnectionsPerMin) / LCU.activeConnectionsPerMin,
    processedBytes: Math.max(0, u.processedGbPerHour) / perGb,
    ruleEvaluations: Math.max(0, evaluations) / LCU.ruleEvaluationsPerSec,
  };
}

/** LCUs billed for an hour with this usage: the highest dimension. */
export function lcusPerHour(u: LcuUsage): number {
  const d = lcuDimensions(u);
  return Math.max(d.newConnections, d.activeConnections, d.processedBytes, d.ruleEvaluations);
}
