/**
 * What a Fargate service on the canvas measures and how it is priced: billed task-seconds
 * (per second from the pull, one-minute minimum: billing.ts) × the task's vCPU and memory at the
 * Fargate rates (pricing/prices.ts, Price List 2026-07-07), plus what its network path costs
 * (network-prices.ts: a public IPv4 address per task, or a NAT gateway). Fargate has no free tier.
 */
import { flat } from '../../pricing/tiers.ts';
import type { PriceTable, Tier } from '../../pricing/types.ts';
import { NETWORK_PRICES } from './network-prices.ts';

export type FargateUsage = {
  kind: 'fargate';
  architecture: 'x86_64' | 'arm64';
  vcpu: number;
  memoryGb: number;
  /** Billed task-seconds over the period (all tasks together). */
  taskSeconds: number;
  /** Public IPv4 address-hours (one address per task), when tasks have public addresses. */
  publicIpv4Hours: number;
  /** NAT gateway hours and GB processed, when tasks reach AWS services through one. */
  natHours: number;
  natGb: number;
};

/** Fields that grow with time (see pricing/scale.ts). */
export const FARGATE_TOTALS = ['taskSeconds', 'publicIpv4Hours', 'natHours', 'natGb'] as const;

/** The shapes pricing/meters.ts and pricing/rules.ts use (not imported: they import this file). */
type Meter = { item: string; quantity: number };
type Rule = { item: string; label: string; unit: string; tiers: readonly Tier[] };

const amount = (x: number) => (Number.isFinite(x) && x > 0 ? x : 0);

export function fargateMeters(u: FargateUsage): Meter[] {
  const taskHours = amount(u.taskSeconds) / 3600;
  return [
    { item: `fargate.vcpu.${u.architecture}`, quantity: taskHours * amount(u.vcpu) },
    { item: `fargate.memory.${u.architecture}`, quantity: taskHours * amount(u.memoryGb) },
    { item: 'fargate.publicIpv4', quantity: amount(u.publicIpv4Hours) },
    { item: 'fargate.natHours', quantity: amount(u.natHours) },
    { item: 'fargate.natGb', quantity: amount(u.natGb) },
  ];
}

export function fargateRules(p: PriceTable): Rule[] {
  const rule = (item: string, label: string, unit: string, price: Rule['tiers']): Rule => ({
    item,
    label,
    unit,
    tiers: price,
  });
  return [
    rule(
      'fargate.vcpu.x86_64',
      'Fargate vCPU (x86)',
      'vCPU-hours',
      flat(p.fargate.x86_64.vcpuHour),
    ),
    rule(
      'fargate.memory.x86_64',
      'Fargate memory (x86)',
      'GB-hours',
      flat(p.fargate.x86_64.gbHour),
    ),
    rule('fargate.vcpu.arm64', 'Fargate vCPU (Arm)', 'vCPU-hours', flat(p.fargate.arm64.vcpuHour)),
    rule('fargate.memory.arm64', 'Fargate memory (Arm)', 'GB-hours', flat(p.fargate.arm64.gbHour)),
    rule(
      'fargate.publicIpv4',
      'Public IPv4 addresses',
      'address-hours',
      flat(NETWORK_PRICES.publicIpv4Hour),
    ),
    rule('fargate.natHours', 'NAT gateway hours', 'hours', flat(NETWORK_PRICES.natGatewayHour)),
    rule('fargate.natGb', 'NAT gateway data processed', 'GB', flat(NETWORK_PRICES.natGatewayGb)),
  ];
}
