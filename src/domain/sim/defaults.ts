/**
 * The numbers the runtime model assumes, each with where it comes from. "Model assumption"
 * marks a number AWS does not publish; those are chosen to be plausible and are easy to change.
 * Each constant below names its own source (page title or URL, and date).
 */

/**
 * Cold starts (environment start, INIT per runtime × package type × architecture, SnapStart
 * restores, recycling) are modelled in domain/kinds/lambda/, calibrated to dated measurements.
 */

/**
 * Keep-alive of idle environments: the scenario's `settings.keepAliveSec`, 600 s by default.
 * AWS does not publish it; 10 minutes after the last request was measured (M. Shilkov, "AWS
 * Lambda Cold Starts After 10 Minutes", 2019), and it is the fixed keep-alive the literature
 * assumes for AWS (Shahrad et al., "Serverless in the Wild", USENIX ATC 2020).
 */
export const KEEP_ALIVE_DEFAULT_SEC = 600;

/** CPU is proportional to memory; 1,769 MB ≈ 1 vCPU (AWS "Configure Lambda function memory"). */
export const FULL_VCPU_MB = 1769;

/** Spread of a warm duration around the configured work (log-normal σ; model assumption). */
export const DURATION_SIGMA = 0.25;

/**
 * Scale-up: each function may add 1,000 execution environments every 10 s, refilled
 * continuously; beyond it requests are throttled (AWS "Lambda scaling behavior", since
 * 2023-11-27, AWS News Blog). A token bucket of 1,000 refilled at 100 per second.
 */
export const SCALE_UP_BURST = 1000;
export const SCALE_UP_PER_MS = 1000 / 10_000;

/** Asynchronous invocation (AWS "How Lambda handles errors and retries with asynchronous invocation"). */
export const ASYNC = {
  /** Delays before the 1st and 2nd retry of a function error: 1 min, then 2 min. */
  errorRetryDelaysMs: [60_000, 120_000] as readonly number[],
  /** Throttles are retried with back-off from 1 s up to 5 min... */
  throttleBackoffFirstMs: 1000,
  throttleBackoffMaxMs: 300_000,
  /** ...for up to 6 h (MaximumEventAgeInSeconds default). */
  maxEventAgeMs: 6 * 3_600_000,
  /** Time an event spends in Lambda's internal queue before its first attempt (model assumption). */
  queueDelayMs: 20,
};

/**
 * SQS event source mapping (AWS "Configuring scaling behavior for SQS event source mappings"):
 * starts with 5 concurrent batches, adds up to 300 per minute while messages wait, up to 1,000.
 * Idle pollers long-poll: one ReceiveMessage per 20 s each (the SQS maximum wait time).
 */
export const SQS_POLLERS = {
  initial: 5,
  addPerMs: 300 / 60_000,
  max: 1000,
  emptyReceiveEveryMs: 20_000,
  /**
   * When the function throttles, the mapping backs off (one poller fewer) and keeps retrying
   * the batch it holds — 1 s, doubling up to 30 s — until its visibility timeout runs out
   * (model assumption: AWS describes the back-off, not its timing).
   */
  throttleRetryFirstMs: 1000,
  throttleRetryMaxMs: 30_000,
};

/**
 * Stream event source mappings: Lambda polls each Kinesis shard once per second and each
 * DynamoDB stream shard four times per second (AWS Lambda Developer Guide, Kinesis and
 * DynamoDB event sources). Failed batches are retried until they succeed (the default:
 * no maximum retry attempts), blocking their shard; the back-off is a model assumption.
 */
export const STREAMS = {
  kinesisPollMs: 1000,
  dynamodbPollMs: 250,
  /** DynamoDB stream batch size default (AWS CreateEventSourceMapping). */
  dynamodbBatchSize: 100,
  /** Shards of a table's stream (model assumption: one, so ordering is easy to see). */
  dynamodbShards: 1,
  retryFirstMs: 1000,
  retryMaxMs: 60_000,
};

/**
 * Recursive loops (a function whose work comes back to it through SQS, SNS, S3 or another
 * function): Lambda stops the chain after about 16 invocations (AWS Lambda Developer Guide,
 * "Use Lambda recursive loop detection to prevent infinite loops", 2023).
 */
export const RECURSION_LIMIT = 16;

/**
 * Service latencies (model assumptions; AWS publishes no fixed figures). DynamoDB's comes from
 * the node's own setting ("single-digit milliseconds", as AWS describes it).
 */
export const LATENCY_MS = {
  /** One network hop between components in a Region. */
  hop: 1,
  s3Put: 40,
  s3Get: 20,
  s3Notify: 100,
  snsPublish: 15,
  snsDeliver: 50,
  sqsSend: 8,
  eventBridgePut: 15,
  eventBridgeDeliver: 100,
  kinesisPut: 15,
  stepFunctionsTransition: 25,
  /** Spread of service latencies around their mean (log-normal σ). */
  sigma: 0.3,
};

/** SQS and SNS bill each 64 KB chunk of a payload as one request; Kinesis 25 KB PUT units. */
export const CHUNK_KB = { sqs: 64, sns: 64, kinesis: 25 };

/** Payload of events that have no traffic settings (schedules), KB (model assumption). */
export const DEFAULT_PAYLOAD_KB = 1;

/** Memory of an Express workflow execution (the smallest billing step, 64 MB; model assumption). */
export const EXPRESS_MEMORY_MB = 64;
