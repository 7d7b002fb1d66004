/**
 * How a Fargate service on the canvas is priced: billed task-seconds (per second from the pull,
 * one-minute minimum: billing.ts) × the task's vCPU and memory at the Fargate rates
 * (pricing/prices.ts, Price List 2026-07-07), plus what its network path costs
 * (network-prices.ts: a public IPv4 address per task, or a NAT gateway). Fargate has no free tier.
 */
import { amount, type KindPricing } from '../../pricing/kind-pricing.ts';
import { flat } from '../../pricing/tiers.ts';
import { NETWORK_PRICES } from './network-prices.ts';

export type { FargateUsage } from './usage.ts';
export { FARGATE_TOTALS } from './usage.ts';

export const fargatePricing: KindPricing<'fargate'> = {
  meters: (u) => {
    const taskHours = amount(u.taskSeconds) / 3600;
    return [
      { item: `fargate.vcpu.${u.architecture}`, quantity: taskHours * amount(u.vcpu) },
      { item: `fargate.memory.${u.architecture}`, quantity: taskHours * amount(u.memoryGb) },
      { item: 'fargate.publicIpv4', quantity: amount(u.publicIpv4Hours) },
      { item: 'fargate.natHours', quantity: amount(u.natHours) },
      { item: 'fargate.natGb', quantity: amount(u.natGb) },
    ];
  },
  rows: (p) => [
    ['fargate.vcpu.x86_64', 'Fargate vCPU (x86)', 'vCPU-hours', flat(p.fargate.x86_64.vcpuHour)],
    ['fargate.memory.x86_64', 'Fargate memory (x86)', 'GB-hours', flat(p.fargate.x86_64.gbHour)],
    ['fargate.vcpu.arm64', 'Fargate vCPU (Arm)', 'vCPU-hours', flat(p.fargate.arm64.vcpuHour)],
    ['fargate.memory.arm64', 'Fargate memory (Arm)', 'GB-hours', flat(p.fargate.arm64.gbHour)],
    [
      'fargate.publicIpv4',
      'Public IPv4 addresses',
      'address-hours',
      flat(NETWORK_PRICES.publicIpv4Hour),
    ],
    ['fargate.natHours', 'NAT gateway hours', 'hours', flat(NETWORK_PRICES.natGatewayHour)],
    ['fargate.natGb', 'NAT gateway data processed', 'GB', flat(NETWORK_PRICES.natGatewayGb)],
  ],
};
