/**
 * What a Fargate task's network costs beyond Fargate itself, us-east-1. Fargate's own page says
 * public IPv4 addresses are billed separately (containers-facts.md §1); these rates are not in
 * the shared reference, so their sources are given here.
 */
import type { Price } from '../../pricing/types.ts';

export const NETWORK_PRICES = {
  /** Every public IPv4 address, in use or idle, since 2024-02-01 (announced 2023-07-28). */
  publicIpv4Hour: {
    source:
      'https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/',
    asOf: 'effective 2024-02-01 (AWS News Blog, 2023-07-28; re:Post article read 2026-12-07)',
    confidence: 'official',
    usd: 0.005,
    per: 1,
    unit: 'per public IPv4 address-hour',
  },
  natGatewayHour: {
    source: 'https://aws.amazon.com/vpc/pricing/',
    asOf: 'read 2026-12-07 in third-party copies (basavytix.com, cloudburn.io 2026-02-24)',
    confidence: 'secondary',
    usd: 0.045,
    per: 1,
    unit: 'per NAT gateway-hour',
  },
  natGatewayGb: {
    source: 'https://aws.amazon.com/vpc/pricing/',
    asOf: 'read 2026-12-07 in third-party copies (basavytix.com, cloudburn.io 2026-02-24)',
    confidence: 'secondary',
    usd: 0.045,
    per: 1,
    unit: 'per GB processed by a NAT gateway',
  },
} satisfies Record<string, Price>;
