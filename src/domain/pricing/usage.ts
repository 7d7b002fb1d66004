/**
 * What the runtime model measures and the cost function prices: usage of one node over a run.
 * The engine fills these; `domain/pricing` turns them into money. All counts are totals over
 * the simulated period unless the name says otherwise.
 */
import type { AlbUsage } from '../kinds/alb/usage.ts';
import type { FargateUsage } from '../kinds/fargate/usage.ts';

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
      /**
       * Part of `requests` served by provisioned environments. The free tier covers on-demand
       * use only, so pricing needs it; when absent it is estimated from the duration share.
       */
      provisionedRequests?: number;
      /**
       * SnapStart of a Python or .NET function (Java's carries no charge): environments restored
       * from the snapshot, and how long (ms) the snapshot was cached.
       */
      snapStart?: { restores: number; cachedMs: number };
      /**
       * Response streaming (invoke mode RESPONSE_STREAM): MB streamed past the first 6 MB of
       * each response, summed over the responses (the first 6 MB of a response are free).
       */
      streamedMbPast6?: number;
    }
  | {
      kind: 'api-gateway';
      apiType: 'rest' | 'http' | 'websocket';
      /**
       * API calls, not metered units: pricing applies the 512 KB metering of HTTP APIs. For a
       * WebSocket API each call is one message in and its answer one message out.
       */
      requests: number;
      /** WebSocket APIs: minutes clients were connected. */
      connectionMinutes?: number;
      /** A REST stage cache: its size (GB, one of the sizes AWS offers) and the hours it existed. */
      cacheSizeGb?: number;
      cacheHours?: number;
      /** Average request + response payload per call, KB (HTTP APIs meter in 512 KB units). */
      payloadKb: number;
      /** Data sent back to clients over the period, GB of 1024³ bytes (billed at EC2 rates). */
      dataTransferOutGb?: number;
    }
  | {
      kind: 'sqs';
      queueType: 'standard' | 'fifo';
      /** API requests, each ≤ 64 KB chunk counts one */
      requests: number;
    }
  | {
      kind: 'sns';
      /** Publish calls, not chunks: pricing multiplies by the 64 KB chunks of `payloadKb`. */
      publishes: number;
      /** Average payload per publish, KB (each 64 KB chunk is billed as one publish). */
      payloadKb: number;
      httpDeliveries: number;
    }
  | {
      kind: 'dynamodb';
      writeUnits: number;
      readUnits: number;
      /** Storage over the period in GB-months (average GB stored × period ÷ month). */
      storageGb: number;
      /** Provisioned tables only: capacity held over the run (then the units above stay 0). */
      wcuHours?: number;
      rcuHours?: number;
    }
  | {
      kind: 's3';
      putRequests: number;
      getRequests: number;
      /** Storage over the period in GB-months (average GB stored × period ÷ month). */
      storageGb: number;
    }
  | { kind: 'eventbridge'; events: number; schedulerInvocations: number }
  | {
      kind: 'step-functions';
      workflowType: 'standard' | 'express';
      transitions: number;
      requests: number;
      gbSeconds: number;
    }
  | {
      kind: 'kinesis';
      shardHours: number;
      putPayloadUnits: number;
      /** On-demand streams only (then the two above stay 0): stream-hours, KB written and read. */
      streamHours?: number;
      kbIn?: number;
      kbOut?: number;
    }
  | AlbUsage
  | FargateUsage;

export type UsageKind = Usage['kind'];
