/** What a Fargate service on the canvas measures (the engine fills it; pricing.ts prices it). */
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
