/**
 * What the runtime model measures and the cost function prices: usage of one node over a run.
 * The engine fills these; `domain/pricing` turns them into money. All counts are totals over
 * the simulated period unless the name says otherwise.
 */
export type Usage =
  | {
      kind: 'lambda';
      architecture: 'x86_64' | 'arm64';
      memoryMb: number;
      ephemeralStorageMb: number;
      /** Number of invocations (each batch of a poll-based source is one). */
      requests: number;
      /** Billed durations of each invocation are summed here after rounding to the granularity. */
      billedDurationMs: number;
      /** INIT time of on-demand cold starts (billed since 2025-08-01 when the option is on). */
      initDurationMs: number;
      /** Provisioned concurrency: configured environments × how long (ms) they were configured. */
      provisionedEnvMs: number;
      /** Part of billedDurationMs that ran on provisioned environments. */
      provisionedBilledDurationMs: number;
    }
  | { kind: 'api-gateway'; apiType: 'rest' | 'http'; requests: number; /** HTTP APIs meter in 512 KB units */ payloadKb: number }
  | { kind: 'sqs'; queueType: 'standard' | 'fifo'; /** API requests, each ≤ 64 KB chunk counts one */ requests: number }
  | { kind: 'sns'; publishes: number; payloadKb: number; httpDeliveries: number }
  | { kind: 'dynamodb'; writeUnits: number; readUnits: number; storageGb: number }
  | { kind: 's3'; putRequests: number; getRequests: number; storageGb: number }
  | { kind: 'eventbridge'; events: number; schedulerInvocations: number }
  | { kind: 'step-functions'; workflowType: 'standard' | 'express'; transitions: number; requests: number; gbSeconds: number }
  | { kind: 'kinesis'; shardHours: number; putPayloadUnits: number };

export type UsageKind = Usage['kind'];
