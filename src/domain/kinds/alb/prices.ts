/**
 * Application Load Balancer prices, us-east-1, with their provenance
 * (Elastic Load Balancing pricing page, https://aws.amazon.com/elasticloadbalancing/pricing/, its
 * worked examples as harvested 2026-09-20, and the AWS Price List of 2026-07-22).
 */
import type { Price } from '../../pricing/types.ts';

const ELB_PAGE = 'https://aws.amazon.com/elasticloadbalancing/pricing/';
const ELB = {
  source: ELB_PAGE,
  asOf: 'pricing page harvest 2026-09-20; Price List 2026-07-22',
  confidence: 'official',
} as const;

export const ALB_PRICES = {
  hour: { ...ELB, usd: 0.0225, per: 1, unit: 'per ALB-hour (or partial hour)' } satisfies Price,
  lcuHour: { ...ELB, usd: 0.008, per: 1, unit: 'per LCU-hour' } satisfies Price,
};

/**
 * What one LCU gives, per dimension (ELB FAQ and pricing page; official). Processed bytes give
 * 1 GB an hour for instance, IP and container targets, but only 0.4 GB for Lambda targets.
 */
export const LCU = {
  newConnectionsPerSec: 25,
  activeConnectionsPerMin: 3000,
  processedGbPerHour: 1,
  processedGbPerHourLambda: 0.4,
  ruleEvaluationsPerSec: 1000,
  /** The first 10 rules processed for a request are free. */
  freeRules: 10,
} as const;
