import { PRICES } from './prices.ts';
import type { Architecture, CostBreakdown, CostLine, Price, PriceTable } from './types.ts';

/** Hours in AWS's monthly figures for always-on capacity (its calculator: 365 × 24 ÷ 12). */
export const HOURS_PER_MONTH = 730;

export type ContainerSpec = {
  vcpu: number;
  memoryGb: number;
  tasks: number;
  architecture: Architecture;
  /** Ephemeral storage per task, GB; the first 20 GB are included. */
  ephemeralStorageGb?: number;
};

/**
 * Fargate (Linux) cost of `tasks` tasks running `hours` each: vCPU-hours, GB-hours and any
 * ephemeral storage above the included 20 GB. Fargate has no free tier.
 *
 * @example
 * // Fargate pricing page, example 1: 5 tasks × 10 min a day × 30 days, 1 vCPU, 2 GB, 30 GB disk
 * roundForDisplay(fargateCost({ tasks: 5, vcpu: 1, memoryGb: 2, ephemeralStorageGb: 30,
 *   architecture: 'x86_64', hours: 5 })).usd // → 1.26
 */
export function fargateCost(
  spec: ContainerSpec & { hours: number },
  prices: PriceTable = PRICES,
): CostBreakdown {
  const { fargate } = prices;
  const rates = fargate[spec.architecture];
  const taskHours = Math.max(0, spec.tasks) * Math.max(0, spec.hours);
  const extraGb = Math.max(
    0,
    (spec.ephemeralStorageGb ?? 0) - fargate.includedEphemeralGb.quantity,
  );
  const arch = spec.architecture === 'arm64' ? 'Arm' : 'x86';
  const line = (item: string, label: string, quantity: number, unit: string, rate: Price) => ({
    item,
    label,
    quantity,
    unit,
    usd: (quantity / rate.per) * rate.usd,
  });
  const lines: CostLine[] = [
    line(
      `fargate.vcpu.${spec.architecture}`,
      `Fargate vCPU (${arch})`,
      taskHours * spec.vcpu,
      'vCPU-hours',
      rates.vcpuHour,
    ),
    line(
      `fargate.memory.${spec.architecture}`,
      `Fargate memory (${arch})`,
      taskHours * spec.memoryGb,
      'GB-hours',
      rates.gbHour,
    ),
  ];
  if (extraGb > 0) {
    const label = 'Fargate ephemeral storage above 20 GB';
    lines.push(
      line(
        'fargate.ephemeral',
        label,
        taskHours * extraGb,
        'GB-hours',
        fargate.ephemeralStorageGbHour,
      ),
    );
  }
  return { usd: lines.reduce((sum, l) => sum + l.usd, 0), lines };
}

/**
 * Fargate cost of a month for the "serverless vs containers" lesson: always-on (730 hours, as
 * AWS's calculator counts a month) unless `hours` says how long each task runs.
 *
 * @example
 * containerMonthlyCost({ vcpu: 1, memoryGb: 2, tasks: 1, architecture: 'x86_64' }).usd
 * // → 36.0401 (730 × ($0.04048 + 2 × $0.004445))
 */
export function containerMonthlyCost(
  spec: ContainerSpec & { hours?: number },
  prices: PriceTable = PRICES,
): CostBreakdown {
  return fargateCost({ ...spec, hours: spec.hours ?? HOURS_PER_MONTH }, prices);
}

export type LambdaCrossover = {
  /** Lambda cost of one request (request fee + duration), free tier ignored. */
  lambdaUsdPerRequest: number;
  containerUsdPerHour: number;
  /** Steady request rate above which the containers are cheaper. */
  requestsPerSecond: number;
};

/**
 * Where an always-on Fargate service becomes cheaper than Lambda for the same steady traffic.
 * Both sides are priced per hour, so the month length cancels out; the free tier and volume
 * tiers are ignored (they matter little at crossover volumes).
 *
 * @example
 * lambdaCrossover({ memoryMb: 512, durationMs: 100, architecture: 'x86_64' },
 *   { vcpu: 0.25, memoryGb: 0.5, tasks: 2, architecture: 'x86_64' }).requestsPerSecond // ≈ 6.6
 */
export function lambdaCrossover(
  fn: { memoryMb: number; durationMs: number; architecture: Architecture },
  containers: ContainerSpec,
  prices: PriceTable = PRICES,
): LambdaCrossover {
  const durationRate = prices.lambda.duration[fn.architecture][0]!;
  const gbSeconds = (fn.durationMs / 1000) * (fn.memoryMb / 1024);
  const lambdaUsdPerRequest =
    prices.lambda.requests.usd / prices.lambda.requests.per +
    (gbSeconds / durationRate.per) * durationRate.usd;
  const containerUsdPerHour = fargateCost({ ...containers, hours: 1 }, prices).usd;
  const requestsPerSecond =
    lambdaUsdPerRequest > 0 ? containerUsdPerHour / (lambdaUsdPerRequest * 3600) : Infinity;
  return { lambdaUsdPerRequest, containerUsdPerHour, requestsPerSecond };
}
