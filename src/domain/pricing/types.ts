/**
 * Shapes of the price table and of a cost breakdown. Every number in the table carries its
 * source and date, because AWS pages show no date and rates change: a price without provenance
 * cannot be checked or refreshed.
 */

/**
 * How sure we are of a number: `official` = an AWS page, blog or docs text; `price list` = AWS's
 * Price List API, with its own date; `secondary` = a third party only.
 */
export type Confidence = 'official' | 'price list' | 'secondary';

type Provenance = {
  /** Date the number refers to (ISO date, or the wording prices.md gives). */
  asOf: string;
  /** The AWS page (or blog) the number comes from. */
  source: string;
  confidence: Confidence;
  note?: string;
};

/** A rate: `usd` for every `per` units, e.g. 0.20 USD per 1,000,000 requests. */
export type Price = Provenance & {
  usd: number;
  per: number;
  /** Human-readable unit, e.g. "per 1M requests". */
  unit: string;
};

/** One band of a tiered rate; `upTo` is the cumulative upper bound in base units. */
export type Tier = Price & { upTo: number; tier: string };

/** A quantity given away each month (free tier) or included at no charge. */
export type Allowance = Provenance & { quantity: number; unit: string };

export type Architecture = 'x86_64' | 'arm64';

export type LambdaPrices = {
  requests: Price;
  duration: Record<Architecture, readonly Tier[]>;
  provisionedConcurrency: Record<Architecture, Price>;
  provisionedDuration: Record<Architecture, Price>;
  ephemeralStorage: Price;
  /** SnapStart for Python and .NET: snapshot cache per GB-s of memory, and per GB restored. */
  snapStartCache: Price;
  snapStartRestore: Price;
  /** Response streaming: per GB streamed past the first 6 MB of each response. */
  streaming: Price;
  streamingFreeMbPerResponse: Allowance;
  freeStreamingGb: Allowance;
  includedEphemeralMb: Allowance;
  freeRequests: Allowance;
  freeGbSeconds: Allowance;
  /** Billing granularity: 1 ms since 2020-12-01, 100 ms before. */
  granularityMs: Allowance & { before: number };
  /** INIT of on-demand functions is billed like the invocation from 2025-08-01. */
  initBillingSince: Provenance & { date: string };
};

export type ServicePrices = {
  apiGateway: {
    rest: readonly Tier[];
    http: readonly Tier[];
    httpMeteringKb: Allowance;
    dataTransferOut: Price;
    websocketMessages: Price;
    websocketMessageKb: Allowance;
    websocketConnectionMinutes: Price;
    /** REST stage cache, per hour, by size in GB (as a string key: '0.5', '1.6', …). */
    cacheHour: Readonly<Record<string, Price>>;
  };
  sqs: { standard: Price; fifo: Price; chunkKb: Allowance; freeRequests: Allowance };
  sns: {
    publishes: Price;
    chunkKb: Allowance;
    freePublishes: Allowance;
    httpDeliveries: Price;
    freeHttpDeliveries: Allowance;
    sqsOrLambdaDeliveries: Price;
  };
  dynamodb: {
    writeRequestUnits: Price;
    readRequestUnits: Price;
    storage: Price;
    freeStorageGb: Allowance;
    /** Provisioned capacity, per unit-hour, and the free tier's 25 WCU and 25 RCU. */
    wcuHour: Price;
    rcuHour: Price;
    freeWcuHours: Allowance;
    freeRcuHours: Allowance;
  };
  s3: { put: Price; get: Price; storage: readonly Tier[] };
  eventBridge: { customEvents: Price; scheduler: Price; freeSchedulerInvocations: Allowance };
  stepFunctions: {
    transitions: Price;
    freeTransitions: Allowance;
    expressRequests: Price;
    /** Tiered per GB-hour, as AWS's own Express example prices it. */
    expressDuration: readonly Tier[];
  };
  kinesis: {
    shardHour: Price;
    putPayloadUnits: Price;
    putPayloadUnitKb: Allowance;
    onDemandStreamHour: Price;
    onDemandGbIn: Price;
    onDemandGbOut: Price;
    onDemandRecordKb: Allowance;
  };
};

export type ComputePrices = {
  fargate: Record<Architecture, { vcpuHour: Price; gbHour: Price }> & {
    ephemeralStorageGbHour: Price;
    includedEphemeralGb: Allowance;
  };
  ec2: { t3micro: Price };
};

export type PriceTable = {
  region: 'us-east-1';
  /** When the table was last compiled from the AWS pages (sources.ts). */
  compiled: string;
  lambda: LambdaPrices;
} & ServicePrices &
  ComputePrices;

export type PricingOptions = {
  /** Subtract the always-free monthly allowances (usage is then read as one month's usage). */
  freeTier: boolean;
  /** Bill the INIT phase of on-demand cold starts (AWS does since 2025-08-01). */
  initBilling: boolean;
};

export type CostLine = { item: string; label: string; quantity: number; unit: string; usd: number };

export type CostBreakdown = { usd: number; lines: CostLine[] };
