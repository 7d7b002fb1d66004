/**
 * An ECS service of AWS Fargate tasks as a catalog entry. Every default and limit is in
 * fields.ts with its source; the task size is checked against the published vCPU/memory pairs
 * (task-sizes.ts, containers-facts.md §2).
 */
import type { Config } from '../../catalog/fields.ts';
import type { FieldProblem, KindSpec } from '../../catalog/types.ts';
import { FARGATE_FIELDS } from './fields.ts';
import { MEMORY_BY_VCPU, isValidTaskSize, nearestTaskSize } from './task-sizes.ts';

const list = (gbs: readonly number[]) =>
  gbs.length > 4 ? `${gbs[0]} to ${gbs.at(-1)} GB` : `${gbs.join(', ')} GB`;

function fargateCrossCheck(config: Config): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const vcpu = Number(config.vcpu);
  const memoryGb = config.memoryGb;
  if (typeof memoryGb === 'number' && !isValidTaskSize({ vcpu, memoryGb })) {
    const allowed = MEMORY_BY_VCPU.get(vcpu) ?? [];
    const step = vcpu >= 16 ? ' in 8 GB steps' : vcpu >= 8 ? ' in 4 GB steps' : '';
    problems.push({
      key: 'memoryGb',
      message: `Fargate has no task of ${vcpu} vCPU with ${memoryGb} GB: with ${vcpu} vCPU choose ${list(allowed)}${step}.`,
    });
  }
  const { minTasks: min, desiredTasks: desired, maxTasks: max } = config;
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    problems.push({
      key: 'minTasks',
      message: `Minimum tasks (${min}) cannot be more than maximum tasks (${max}).`,
    });
  }
  if (typeof desired === 'number' && typeof max === 'number' && desired > max) {
    problems.push({
      key: 'desiredTasks',
      message: `Desired tasks (${desired}) cannot be more than maximum tasks (${max}).`,
    });
  }
  if (typeof desired === 'number' && typeof min === 'number' && desired < min) {
    problems.push({
      key: 'desiredTasks',
      message: `Desired tasks (${desired}) cannot be fewer than minimum tasks (${min}).`,
    });
  }
  return problems;
}

/** A new vCPU takes the memory nearest the old one that Fargate pairs with it. */
function fargateAdjust(config: Config, changedKey: string): Config {
  const vcpu = Number(config.vcpu);
  const memoryGb = config.memoryGb;
  if (changedKey !== 'vcpu' || typeof memoryGb !== 'number') return config;
  if (!MEMORY_BY_VCPU.has(vcpu) || isValidTaskSize({ vcpu, memoryGb })) return config;
  return { ...config, memoryGb: nearestTaskSize({ vcpu, memoryGb }).memoryGb };
}

export const fargate = {
  id: 'fargate',
  label: 'AWS Fargate',
  shortLabel: 'Fargate',
  group: 'container',
  summary:
    'An ECS service of containers on Fargate: tasks that run all the time, queue requests when busy, scale on one-minute metrics and bill per second while they run.',
  icon: 'tasks',
  color: '#ED7100',
  conceptSlug: 'aws-fargate',
  cloudFormationType: 'AWS::ECS::Service',
  invocationModel: 'sync',
  hasTraffic: false,
  fields: FARGATE_FIELDS,
  crossCheck: fargateCrossCheck,
  adjust: fargateAdjust,
} as const satisfies KindSpec;
