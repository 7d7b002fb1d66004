/**
 * The Application Load Balancer as a catalog entry. Defaults and limits are in fields.ts with
 * their sources (ALB User Guide; containers-facts.md §5); the added latency is a model
 * assumption, labelled as such in its help text.
 */
import type { KindSpec } from '../../catalog/types.ts';
import { ALB_FIELDS } from './fields.ts';

export const alb = {
  id: 'alb',
  label: 'Application Load Balancer',
  shortLabel: 'Load balancer',
  group: 'container',
  summary:
    'An HTTP front door for containers (or functions): spreads requests over healthy targets; answers 503 with none and 504 when a target is too slow.',
  icon: 'balancer',
  color: '#8C4FFF',
  conceptSlug: 'application-load-balancer',
  cloudFormationType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  invocationModel: 'sync',
  hasTraffic: false,
  fields: ALB_FIELDS,
} as const satisfies KindSpec;
