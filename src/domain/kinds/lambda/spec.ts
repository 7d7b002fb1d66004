import type { Config } from '../../catalog/fields.ts';
import type { FieldProblem, KindSpec } from '../../catalog/types.ts';

/**
 * Runtime families offered (scenario format 2); their INIT figures, measured per runtime ×
 * package type × architecture, live in domain/kinds/lambda/init-distribution.ts.
 */
export const LAMBDA_RUNTIMES = [
  { value: 'nodejs', label: 'Node.js' },
  { value: 'python', label: 'Python' },
  { value: 'java', label: 'Java' },
  { value: 'dotnet', label: '.NET (C#)' },
  { value: 'ruby', label: 'Ruby' },
  { value: 'go', label: 'Go (provided.al2023)' },
  { value: 'rust', label: 'Rust (provided.al2023)' },
] as const;

/** Limits: AWS "Lambda quotas", "Configure Lambda function memory" and "timeout" (2025–2026 copies). */
export const ZIP_PACKAGE_LIMIT_MB = 250;
export const ACCOUNT_CONCURRENCY_DEFAULT = 1000;
export const UNRESERVED_MINIMUM = 100;

function lambdaCrossCheck(config: Config): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const reserved = config.reservedConcurrency;
  const provisioned = config.provisionedConcurrency;
  if (typeof reserved === 'number' && typeof provisioned === 'number' && provisioned > reserved) {
    problems.push({
      key: 'provisionedConcurrency',
      message: `Provisioned concurrency (${provisioned}) cannot exceed reserved concurrency (${reserved}).`,
    });
  }
  if (
    config.packageType !== 'image' &&
    typeof config.packageMb === 'number' &&
    config.packageMb > ZIP_PACKAGE_LIMIT_MB
  ) {
    problems.push({
      key: 'packageMb',
      message: `A .zip package is limited to ${ZIP_PACKAGE_LIMIT_MB} MB unzipped; choose the package type "Container image" (up to 10,240 MB) for a larger one.`,
    });
  }
  if (
    config.durationModel === 'exponential' &&
    typeof config.coldMeanMs === 'number' &&
    typeof config.warmMeanMs === 'number' &&
    config.coldMeanMs < config.warmMeanMs
  ) {
    problems.push({
      key: 'coldMeanMs',
      message:
        'The mean cold response time includes the warm work, so it cannot be below the warm mean.',
    });
  }
  return problems;
}

const textbook = { key: 'durationModel', oneOf: ['exponential'] } as const;
const realistic = { key: 'durationModel', oneOf: ['work'] } as const;

export const lambda = {
  id: 'lambda',
  label: 'AWS Lambda',
  shortLabel: 'Lambda',
  group: 'function',
  summary:
    'Your code, run once per event in short-lived execution environments that AWS starts and stops for you.',
  icon: 'lambda',
  color: '#ED7100',
  conceptSlug: 'aws-lambda',
  cloudFormationType: 'AWS::Lambda::Function',
  invocationModel: 'sync',
  hasTraffic: false,
  crossCheck: lambdaCrossCheck,
  fields: [
    {
      type: 'enum',
      key: 'runtime',
      label: 'Runtime',
      help: 'The language runtime. Its start-up (INIT) time follows daily measurements of real Lambda functions.',
      options: LAMBDA_RUNTIMES,
      default: 'nodejs',
    },
    {
      type: 'enum',
      key: 'packageType',
      label: 'Package type',
      help: 'A .zip archive (up to 250 MB unzipped) or a container image (up to 10 GB). Images take longer to start, by how much depends on the language.',
      options: [
        { value: 'zip', label: '.zip archive' },
        { value: 'image', label: 'Container image' },
      ],
      default: 'zip',
    },
    {
      type: 'enum',
      key: 'architecture',
      label: 'Architecture',
      help: 'arm64 (Graviton) is billed about 20 % less per GB-second than x86_64.',
      options: [
        { value: 'x86_64', label: 'x86_64' },
        { value: 'arm64', label: 'arm64 (Graviton)' },
      ],
      default: 'x86_64',
    },
    {
      type: 'number',
      key: 'memoryMb',
      label: 'Memory',
      unit: 'MB',
      min: 128,
      max: 10240,
      step: 1,
      integer: true,
      limitReason: 'the AWS Lambda limit',
      help: 'CPU is allocated in proportion to memory: 1,769 MB is about one vCPU.',
      default: 512,
    },
    {
      type: 'number',
      key: 'timeoutSec',
      label: 'Timeout',
      unit: 's',
      min: 1,
      max: 900,
      step: 1,
      integer: true,
      limitReason: 'Lambda allows at most 15 minutes',
      help: 'An invocation still running at the timeout is stopped and counts as an error. AWS default: 3 s.',
      default: 3,
    },
    {
      type: 'enum',
      key: 'durationModel',
      label: 'Duration model',
      help: '"Work" scales your work with memory and adds the services it calls; "Textbook" draws exponential warm and cold times (the research model).',
      options: [
        { value: 'work', label: 'Work scaled by memory' },
        { value: 'exponential', label: 'Textbook (exponential)' },
      ],
      default: 'work',
    },
    {
      type: 'number',
      key: 'workMs',
      label: 'Work per invocation',
      unit: 'ms at 1 vCPU',
      min: 1,
      max: 900000,
      step: 1,
      limitReason: 'it must fit in the 15-minute maximum',
      help: 'CPU time one invocation needs at 1,769 MB (1 vCPU). Less memory means proportionally less CPU and a longer run.',
      default: 60,
      visibleWhen: realistic,
    },
    {
      type: 'number',
      key: 'warmMeanMs',
      label: 'Mean warm duration',
      unit: 'ms',
      min: 1,
      max: 900000,
      limitReason: 'it must fit in the 15-minute maximum',
      help: 'Mean of the exponential service time of a warm request.',
      default: 1000,
      visibleWhen: textbook,
    },
    {
      type: 'number',
      key: 'coldMeanMs',
      label: 'Mean cold response time',
      unit: 'ms',
      min: 1,
      max: 910000,
      limitReason: 'it must fit in the 15-minute maximum plus INIT',
      help: 'Mean of the whole response time of a request that starts a new environment.',
      default: 2000,
      visibleWhen: textbook,
    },
    {
      type: 'number',
      key: 'packageMb',
      label: 'Package size',
      unit: 'MB',
      min: 0.01,
      max: 10240,
      step: 0.1,
      limitReason: '250 MB unzipped for .zip, 10,240 MB for container images',
      help: 'Deployment package (unzipped) or image size. Bigger packages take longer to cold-start.',
      default: 5,
      visibleWhen: realistic,
    },
    {
      type: 'number',
      key: 'initCodeMs',
      label: 'Init code',
      unit: 'ms',
      min: 0,
      max: 9000,
      step: 1,
      limitReason: 'INIT is capped at 10 s',
      help: 'Your own initialization outside the handler (SDK clients, connections, a framework), added to every INIT. In real functions this is usually the larger part of a cold start.',
      default: 0,
      visibleWhen: realistic,
    },
    {
      type: 'boolean',
      key: 'snapStart',
      label: 'SnapStart',
      help: "Java, Python and .NET (.zip only): new environments are restored from a snapshot taken after INIT, instead of running INIT. A restore takes about 0.8 s — slower than a small function's INIT, faster than seconds of init code. Python and .NET pay for the cache and each restore.",
      default: false,
      visibleWhen: realistic,
    },
    {
      type: 'number',
      key: 'errorRate',
      label: 'Error rate',
      unit: '%',
      min: 0,
      max: 100,
      step: 0.1,
      limitReason: 'a share of all invocations',
      help: 'Share of invocations that fail with an error in your code. Async and poll-based sources retry them.',
      default: 0,
    },
    {
      type: 'number',
      key: 'reservedConcurrency',
      label: 'Reserved concurrency',
      unit: 'environments',
      min: 0,
      max: ACCOUNT_CONCURRENCY_DEFAULT - UNRESERVED_MINIMUM,
      step: 1,
      integer: true,
      optional: true,
      limitReason: 'the default account limit is 1,000 and 100 must stay unreserved',
      help: 'Caps (and guarantees) this function’s concurrency. Empty = share the account pool. 0 stops the function.',
      default: null,
    },
    {
      type: 'number',
      key: 'provisionedConcurrency',
      label: 'Provisioned concurrency',
      unit: 'environments',
      min: 0,
      max: ACCOUNT_CONCURRENCY_DEFAULT - UNRESERVED_MINIMUM,
      step: 1,
      integer: true,
      limitReason: 'the default account limit is 1,000 and 100 must stay unreserved',
      help: 'Environments kept initialised all the time: no cold starts for them, billed per hour whether used or not.',
      default: 0,
    },
    {
      type: 'number',
      key: 'maxRetryAttempts',
      label: 'Async retries',
      unit: 'attempts',
      min: 0,
      max: 2,
      step: 1,
      integer: true,
      limitReason: 'Lambda retries an asynchronous event at most twice',
      help: 'How often Lambda retries a failed asynchronous invocation (1 min, then 2 min later).',
      default: 2,
    },
    {
      type: 'number',
      key: 'ephemeralStorageMb',
      label: 'Ephemeral storage (/tmp)',
      unit: 'MB',
      min: 512,
      max: 10240,
      step: 1,
      integer: true,
      limitReason: 'the AWS Lambda limit',
      help: '512 MB is included; more is billed per GB-second.',
      default: 512,
    },
    {
      type: 'enum',
      key: 'invokeMode',
      label: 'Invoke mode',
      help: 'How a waiting caller gets the answer. Buffered: all at once, at most 6 MB. Response stream (a function URL, the InvokeWithResponseStream API or an API Gateway proxy integration): sent as it is written, up to 200 MB; past the first 6 MB it flows at most 2 MB/s and is billed per GB. Queued and asynchronous events are never streamed.',
      options: [
        { value: 'BUFFERED', label: 'Buffered' },
        { value: 'RESPONSE_STREAM', label: 'Response stream' },
      ],
      default: 'BUFFERED',
    },
    {
      type: 'number',
      key: 'responseMb',
      label: 'Response size',
      unit: 'MB',
      min: 0,
      max: 200,
      step: 0.1,
      limitReason: 'a streamed response may be up to 200 MB',
      help: 'Size of each streamed response. The first 6 MB of a response are free and unthrottled; the rest streams at 2 MB/s, which the function is billed for, plus $0.008 per GB.',
      default: 1,
      visibleWhen: { key: 'invokeMode', oneOf: ['RESPONSE_STREAM'] },
    },
  ],
} as const satisfies KindSpec;
