/**
 * The task sizes Fargate accepts: each vCPU value allows only some memory values.
 * Source: Fargate pricing page copy and the ECS TaskDefinition `memory` API reference, as
 * read 2026-12-07 (https://aws.amazon.com/fargate/pricing/; Amazon ECS API Reference,
 * TaskDefinition). The 32 vCPU row is left out: it appears only in one pricing-page copy of
 * 2025–26 and no API reference confirms it.
 */
export type TaskSize = { vcpu: number; memoryGb: number };

const range = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let gb = from; gb <= to; gb += step) out.push(gb);
  return out;
};

/** Allowed memory (GB) for each vCPU value, Linux platform version 1.4.0 or later. */
export const MEMORY_BY_VCPU: ReadonlyMap<number, readonly number[]> = new Map([
  [0.25, [0.5, 1, 2]],
  [0.5, range(1, 4, 1)],
  [1, range(2, 8, 1)],
  [2, range(4, 16, 1)],
  [4, range(8, 30, 1)],
  [8, range(16, 60, 4)],
  [16, range(32, 120, 8)],
]);

export const VCPU_CHOICES: readonly number[] = [...MEMORY_BY_VCPU.keys()];

export function isValidTaskSize({ vcpu, memoryGb }: TaskSize): boolean {
  return MEMORY_BY_VCPU.get(vcpu)?.includes(memoryGb) ?? false;
}

/**
 * The closest valid size: the smallest allowed vCPU at least `vcpu` (or the largest), then the
 * allowed memory nearest `memoryGb`. Used to repair a hand-edited or imported config.
 */
export function nearestTaskSize({ vcpu, memoryGb }: TaskSize): TaskSize {
  const v = VCPU_CHOICES.find((c) => c >= vcpu) ?? (VCPU_CHOICES.at(-1) as number);
  const memories = MEMORY_BY_VCPU.get(v) as readonly number[];
  let best = memories[0] as number;
  for (const m of memories) if (Math.abs(m - memoryGb) < Math.abs(best - memoryGb)) best = m;
  return { vcpu: v, memoryGb: best };
}
