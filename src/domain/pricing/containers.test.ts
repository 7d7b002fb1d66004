// Fargate pricing page, https://aws.amazon.com/fargate/pricing/ — examples 1–3 ("based on price
// in US East (N. Virginia)"; example 4 is Windows, which this model does not price).
import {
  containerMonthlyCost,
  fargateCost,
  HOURS_PER_MONTH,
  lambdaCrossover,
} from './containers.ts';
import { PRICES } from './prices.ts';
import { roundForDisplay } from './rounding.ts';

const tenMinutesADay = (10 * 30) / 60; // hours per task over 30 days

describe('Fargate pricing page examples', () => {
  it('Example 1: 5 ECS tasks, 10 min a day for 30 days, 1 vCPU, 2 GB, 30 GB storage, x86 → $1.26', () => {
    const bill = roundForDisplay(
      fargateCost({
        tasks: 5,
        vcpu: 1,
        memoryGb: 2,
        ephemeralStorageGb: 30,
        architecture: 'x86_64',
        hours: tenMinutesADay,
      }),
    );
    expect(bill.lines.map((l) => l.usd)).toEqual([1.01, 0.22, 0.03]);
    expect(bill.usd).toBe(1.26);
  });

  it('Example 2: the same service on Arm (Graviton2) → $1.02', () => {
    const bill = roundForDisplay(
      fargateCost({
        tasks: 5,
        vcpu: 1,
        memoryGb: 2,
        ephemeralStorageGb: 30,
        architecture: 'arm64',
        hours: tenMinutesADay,
      }),
    );
    expect(bill.lines.map((l) => l.usd)).toEqual([0.81, 0.18, 0.03]);
    expect(bill.usd).toBe(1.02);
  });

  it('Example 3: 10 EKS pods, 1 h a day for 30 days, 0.25 vCPU, 1 GB → $4.37', () => {
    const bill = roundForDisplay(
      fargateCost({ tasks: 10, vcpu: 0.25, memoryGb: 1, architecture: 'x86_64', hours: 30 }),
    );
    expect(bill.lines.map((l) => l.usd)).toEqual([3.04, 1.33]);
    expect(bill.usd).toBe(4.37);
  });
});

describe('containers for the serverless-vs-containers lesson', () => {
  it('prices an always-on month as 730 hours', () => {
    const month = containerMonthlyCost({ tasks: 1, vcpu: 1, memoryGb: 2, architecture: 'x86_64' });
    expect(month.usd).toBeCloseTo(HOURS_PER_MONTH * (0.04048 + 2 * 0.004445), 10);
  });

  it('finds the request rate where containers become cheaper than Lambda', () => {
    const fn = { memoryMb: 512, durationMs: 100, architecture: 'x86_64' as const };
    const tasks = { vcpu: 0.25, memoryGb: 0.5, tasks: 2, architecture: 'x86_64' as const };
    const crossover = lambdaCrossover(fn, tasks);
    const perRequest = 0.2e-6 + 0.05 * 0.0000166667;
    expect(crossover.lambdaUsdPerRequest).toBeCloseTo(perRequest, 15);
    // At the crossover rate an hour of Lambda costs what an hour of the tasks costs.
    expect(crossover.requestsPerSecond * 3600 * perRequest).toBeCloseTo(
      crossover.containerUsdPerHour,
      12,
    );
    expect(crossover.requestsPerSecond).toBeCloseTo(6.64, 2);
  });

  it('uses an injected price table', () => {
    const cheap = {
      ...PRICES,
      fargate: {
        ...PRICES.fargate,
        x86_64: {
          ...PRICES.fargate.x86_64,
          vcpuHour: { ...PRICES.fargate.x86_64.vcpuHour, usd: 0 },
        },
      },
    };
    expect(
      fargateCost({ tasks: 1, vcpu: 1, memoryGb: 0, architecture: 'x86_64', hours: 10 }, cheap).usd,
    ).toBe(0);
  });
});

describe('containerMonthlyCost', () => {
  it('takes the hours each task runs when the service is not always on', () => {
    const spec = { tasks: 10, vcpu: 0.25, memoryGb: 1, architecture: 'x86_64' as const };
    expect(roundForDisplay(containerMonthlyCost({ ...spec, hours: 30 })).usd).toBe(4.37); // Fargate example 3
  });
});
