// Invariants of the cost model over random usage (fast-check).
import fc from 'fast-check';
import { priceAll, priceUsage } from './price.ts';
import { lambda } from './test-support.ts';
import type { PricingOptions } from './types.ts';
import type { Usage } from './usage.ts';

// Mostly realistic counts (integers up to 50M), sometimes any double, including the tiny and
// huge values fast-check favours; payloads mostly near the 64 KB and 512 KB chunk sizes.
const amount = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 50_000_000 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1e10, noNaN: true }) },
);
const kb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 600 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 10_240, noNaN: true }) },
);
const options: fc.Arbitrary<PricingOptions> = fc.record({
  freeTier: fc.boolean(),
  initBilling: fc.boolean(),
});

// Lambda is drawn as independent parts (on-demand vs provisioned) and assembled, because its
// fields nest: provisioned time is part of billed time, provisioned requests part of requests.
const lambdaParts = fc.record({
  architecture: fc.constantFrom('x86_64' as const, 'arm64' as const),
  memoryMb: fc.integer({ min: 128, max: 10_240 }),
  ephemeralStorageMb: fc.integer({ min: 512, max: 10_240 }),
  onDemandRequests: amount,
  provisionedRequests: amount,
  onDemandMs: amount,
  provisionedMs: amount,
  initMs: amount,
  envMs: amount,
});
type LambdaParts = typeof lambdaParts extends fc.Arbitrary<infer T> ? T : never;
const assemble = (p: LambdaParts): Usage =>
  lambda({
    architecture: p.architecture,
    memoryMb: p.memoryMb,
    ephemeralStorageMb: p.ephemeralStorageMb,
    requests: p.onDemandRequests + p.provisionedRequests,
    provisionedRequests: p.provisionedRequests,
    billedDurationMs: p.onDemandMs + p.provisionedMs,
    provisionedBilledDurationMs: p.provisionedMs,
    initDurationMs: p.initMs,
    provisionedEnvMs: p.envMs,
  });

// Every numeric field of these kinds is a quantity that can only add cost.
const services: fc.Arbitrary<Usage> = fc.oneof(
  fc.record({
    kind: fc.constant('api-gateway' as const),
    apiType: fc.constantFrom('rest' as const, 'http' as const),
    requests: amount,
    payloadKb: kb,
    dataTransferOutGb: amount,
  }),
  fc.record({
    kind: fc.constant('sqs' as const),
    queueType: fc.constantFrom('standard' as const, 'fifo' as const),
    requests: amount,
  }),
  fc.record({
    kind: fc.constant('sns' as const),
    publishes: amount,
    payloadKb: kb,
    httpDeliveries: amount,
  }),
  fc.record({
    kind: fc.constant('dynamodb' as const),
    writeUnits: amount,
    readUnits: amount,
    storageGb: amount,
  }),
  fc.record({
    kind: fc.constant('s3' as const),
    putRequests: amount,
    getRequests: amount,
    storageGb: amount,
  }),
  fc.record({
    kind: fc.constant('eventbridge' as const),
    events: amount,
    schedulerInvocations: amount,
  }),
  fc.record({
    kind: fc.constant('step-functions' as const),
    workflowType: fc.constantFrom('standard' as const, 'express' as const),
    transitions: amount,
    requests: amount,
    gbSeconds: amount,
  }),
  fc.record({ kind: fc.constant('kinesis' as const), shardHours: amount, putPayloadUnits: amount }),
);
const usage: fc.Arbitrary<Usage> = fc.oneof(lambdaParts.map(assemble), services);

/** `a ≤ b` up to floating-point noise relative to the amounts involved. */
const atMost = (a: number, b: number) => a <= b + 1e-12 * Math.max(Math.abs(a), Math.abs(b));

describe('cost model invariants', () => {
  it('never produces a negative or non-finite cost', () => {
    fc.assert(
      fc.property(fc.array(usage, { maxLength: 6 }), options, (us, o) => {
        const bill = priceAll(us, o);
        expect(Number.isFinite(bill.usd) && bill.usd >= 0).toBe(true);
        for (const line of bill.lines) expect(line.usd >= 0 && line.quantity >= 0).toBe(true);
      }),
    );
  });

  it('is monotonic in every Lambda quantity', () => {
    fc.assert(
      fc.property(
        lambdaParts,
        fc.array(amount, { minLength: 6, maxLength: 6 }),
        options,
        (a, d, o) => {
          const b = {
            ...a,
            onDemandRequests: a.onDemandRequests + d[0]!,
            provisionedRequests: a.provisionedRequests + d[1]!,
            onDemandMs: a.onDemandMs + d[2]!,
            provisionedMs: a.provisionedMs + d[3]!,
            initMs: a.initMs + d[4]!,
            envMs: a.envMs + d[5]!,
          };
          expect(atMost(priceUsage(assemble(a), o).usd, priceUsage(assemble(b), o).usd)).toBe(true);
        },
      ),
    );
  });

  it('is monotonic in every quantity of the other services, one at a time', () => {
    fc.assert(
      fc.property(services, fc.nat(), amount, options, (a, pick, delta, o) => {
        const fields: Record<string, unknown> = { ...a };
        const keys = Object.keys(fields).filter((key) => typeof fields[key] === 'number');
        const key = keys[pick % keys.length]!;
        const grown = {
          ...fields,
          [key]: (fields[key] as number) + (key === 'payloadKb' ? delta % 600 : delta),
        };
        expect(atMost(priceUsage(a, o).usd, priceUsage(grown as Usage, o).usd)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never gets cheaper when a node is added', () => {
    fc.assert(
      fc.property(fc.array(usage, { maxLength: 5 }), usage, options, (us, extra, o) => {
        expect(atMost(priceAll(us, o).usd, priceAll([...us, extra], o).usd)).toBe(true);
      }),
    );
  });

  it('never costs more with the free tier than without', () => {
    fc.assert(
      fc.property(fc.array(usage, { maxLength: 6 }), fc.boolean(), (us, initBilling) => {
        const free = priceAll(us, { freeTier: true, initBilling }).usd;
        expect(atMost(free, priceAll(us, { freeTier: false, initBilling }).usd)).toBe(true);
      }),
    );
  });

  it('never costs more as one account than as separate bills (volume tiers only lower rates)', () => {
    fc.assert(
      fc.property(fc.array(usage, { maxLength: 6 }), fc.boolean(), (us, initBilling) => {
        const o = { freeTier: false, initBilling };
        const separate = us.reduce((sum, u) => sum + priceUsage(u, o).usd, 0);
        expect(atMost(priceAll(us, o).usd, separate)).toBe(true);
      }),
    );
  });
});
