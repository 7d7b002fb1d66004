/**
 * The load balancer's settings. Idle timeout 60 s (AWS Knowledge Center "eks-http-504-errors" —
 * official); range 1–4,000 s (ELBv2 LoadBalancerAttribute docs); health check interval 30 s,
 * range 5–300 (ALB User Guide). The added latency is a model assumption (see routing.ts).
 */
import type { FieldSpec } from '../../catalog/fields.ts';
import { DEFAULT_ALB_LATENCY_MS } from './routing.ts';

export const ALB_FIELDS = [
  {
    type: 'number',
    key: 'idleTimeoutSec',
    label: 'Idle timeout',
    unit: 's',
    min: 1,
    max: 4000,
    integer: true,
    limitReason: 'the Elastic Load Balancing range',
    help: 'A target that has not answered by then gets the client a 504.',
    default: 60,
  },
  {
    type: 'number',
    key: 'healthCheckIntervalSec',
    label: 'Health check interval',
    unit: 's',
    min: 5,
    max: 300,
    integer: true,
    limitReason: 'the Elastic Load Balancing range',
    help: 'A new task gets traffic only after passing a check.',
    default: 30,
  },
  {
    type: 'number',
    key: 'overheadMs',
    label: 'Added latency',
    unit: 'ms',
    min: 0,
    max: 100,
    limitReason: 'our limit for the explorer',
    help: 'Time the load balancer adds each way. A model assumption: no measured figure was read.',
    default: DEFAULT_ALB_LATENCY_MS,
  },
  {
    type: 'number',
    key: 'rulesPerRequest',
    label: 'Rules evaluated per request',
    unit: 'rules',
    min: 1,
    max: 100,
    integer: true,
    limitReason: 'the ALB quota of 100 rules per listener',
    help: 'The first 10 are free; more count toward capacity units.',
    default: 1,
  },
] as const satisfies readonly FieldSpec[];
