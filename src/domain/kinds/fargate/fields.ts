/**
 * The Fargate service's settings as field specs (they drive validation, the inspector and the
 * share format's defaults). Defaults and limits with their sources:
 * - task sizes: only published vCPU/memory pairs (task-sizes.ts; the cross-check repairs none);
 * - max tasks 100: our cap for the explorer, far below the ECS service quota (5,000 tasks per
 *   service, ECS service quotas page, 2026) — chosen so a run stays small;
 * - deregistration delay 300 s, range 0–3,600 (ELBv2 TargetGroupAttribute docs — official);
 * - health check interval 30 s, range 5–300 (ALB User Guide — official);
 * - target 50 % CPU: a common starting point and the value AWS's console suggests for ECS
 *   (model default, not a recommendation from a cited page);
 * - image 200 MB and work per request 20 ms CPU: model defaults of ours, labelled in the UI.
 */
import type { FieldSpec } from '../../catalog/fields.ts';
import { VCPU_CHOICES } from './task-sizes.ts';

const vcpuLabel = (v: number) => `${v} vCPU`;

export const FARGATE_FIELDS = [
  {
    type: 'enum',
    key: 'vcpu',
    label: 'Task vCPU',
    help: 'CPU of each task. Only some vCPU and memory pairs exist on Fargate.',
    options: VCPU_CHOICES.map((v) => ({ value: String(v), label: vcpuLabel(v) })),
    default: '0.5',
  },
  {
    type: 'number',
    key: 'memoryGb',
    label: 'Task memory',
    unit: 'GB',
    min: 0.5,
    max: 120,
    step: 0.5,
    limitReason: 'Fargate offers 0.5 to 120 GB, in pairs with the vCPU',
    help: 'Memory of each task; must be allowed for the chosen vCPU (1 vCPU: 2–8 GB).',
    default: 1,
  },
  {
    type: 'enum',
    key: 'architecture',
    label: 'Architecture',
    help: 'Arm (Graviton) tasks cost about 20 % less per vCPU and per GB.',
    options: [
      { value: 'x86_64', label: 'x86_64' },
      { value: 'arm64', label: 'arm64 (Graviton)' },
    ],
    default: 'x86_64',
  },
  {
    type: 'number',
    key: 'minTasks',
    label: 'Minimum tasks',
    unit: 'tasks',
    min: 0,
    max: 100,
    integer: true,
    limitReason: 'this explorer runs at most 100 tasks per service',
    help: 'Auto scaling never goes below this. Two tasks in two zones survive losing one.',
    default: 1,
  },
  {
    type: 'number',
    key: 'desiredTasks',
    label: 'Desired tasks at start',
    unit: 'tasks',
    min: 0,
    max: 100,
    integer: true,
    limitReason: 'this explorer runs at most 100 tasks per service',
    help: 'Tasks running when the run starts; with scaling off, the fixed count.',
    default: 2,
  },
  {
    type: 'number',
    key: 'maxTasks',
    label: 'Maximum tasks',
    unit: 'tasks',
    min: 1,
    max: 100,
    integer: true,
    limitReason: 'this explorer runs at most 100 tasks per service',
    help: 'Auto scaling never goes above this.',
    default: 10,
  },
  {
    type: 'number',
    key: 'perTask',
    label: 'Requests at once per task',
    unit: 'requests',
    min: 1,
    max: 1000,
    integer: true,
    limitReason: 'our limit for the explorer',
    help: 'How many requests one task works on together; more wait in its queue.',
    default: 20,
  },
  {
    type: 'number',
    key: 'cpuMs',
    label: 'CPU work per request',
    unit: 'ms at 1 vCPU',
    min: 0,
    max: 60000,
    limitReason: 'our limit for the explorer',
    help: 'CPU time a request needs on one vCPU; more vCPU makes it shorter. Model default.',
    default: 20,
  },
  {
    type: 'number',
    key: 'waitMs',
    label: 'Waiting per request',
    unit: 'ms',
    min: 0,
    max: 60000,
    limitReason: 'our limit for the explorer',
    help: 'Time a request spends waiting (I/O) besides the services it calls.',
    default: 10,
  },
  {
    type: 'number',
    key: 'imageMb',
    label: 'Image size',
    unit: 'MB',
    min: 10,
    max: 10000,
    integer: true,
    limitReason: 'our limit for the explorer',
    help: 'Fargate pulls the whole image for every new task: bigger images start slower.',
    default: 200,
  },
  {
    type: 'enum',
    key: 'scaling',
    label: 'Auto scaling',
    help: 'Target tracking on average CPU, on requests per task behind a load balancer, or on queue backlog per task; off keeps the desired count.',
    options: [
      { value: 'cpu', label: 'Target tracking: CPU' },
      { value: 'requests', label: 'Target tracking: requests per task' },
      { value: 'backlog', label: 'Target tracking: queue backlog per task' },
      { value: 'off', label: 'Off (fixed count)' },
    ],
    default: 'cpu',
  },
  {
    type: 'number',
    key: 'target',
    label: 'Scaling target',
    unit: '% CPU, requests/min or messages per task',
    min: 1,
    max: 100000,
    limitReason: 'our limit for the explorer',
    help: 'The value target tracking keeps the metric near.',
    default: 50,
    visibleWhen: { key: 'scaling', oneOf: ['cpu', 'requests', 'backlog'] },
  },
  {
    type: 'number',
    key: 'deregistrationDelaySec',
    label: 'Deregistration delay',
    unit: 's',
    min: 0,
    max: 3600,
    integer: true,
    limitReason: 'the Elastic Load Balancing range',
    help: 'How long a task drains (still billed) before it stops after scale-in.',
    default: 300,
  },
  {
    type: 'enum',
    key: 'network',
    label: 'Network path',
    help: 'A public IPv4 address per task, a NAT gateway for private subnets, or VPC endpoints only.',
    options: [
      { value: 'public-ip', label: 'Public IPv4 per task' },
      { value: 'nat', label: 'Private subnets with a NAT gateway' },
      { value: 'endpoints', label: 'VPC endpoints only (no charge modelled)' },
    ],
    default: 'public-ip',
  },
] as const satisfies readonly FieldSpec[];
