import { PRICES } from './prices.ts';
import { SOURCES } from './sources.ts';

type Entry = { source: string; asOf: string; confidence: string };

/** Every object in the table that carries a source. */
function entries(value: unknown, path = 'PRICES'): [string, Entry][] {
  if (typeof value !== 'object' || value === null) return [];
  if ('source' in value) return [[path, value as Entry]];
  return Object.entries(value).flatMap(([key, child]) => entries(child, `${path}.${key}`));
}

describe('the price table', () => {
  const all = entries(PRICES);

  it('has a source page, a date and a confidence for every number', () => {
    expect(all.length).toBeGreaterThan(50);
    const pages: string[] = Object.values(SOURCES);
    for (const [path, entry] of all) {
      expect(pages, path).toContain(entry.source);
      expect(entry.asOf.length, path).toBeGreaterThan(0);
      expect(['official', 'price list', 'secondary'], path).toContain(entry.confidence);
    }
  });

  it('lists tier bands in increasing order ending without a bound, with falling rates', () => {
    const tiered = [
      PRICES.lambda.duration.x86_64,
      PRICES.lambda.duration.arm64,
      PRICES.apiGateway.rest,
      PRICES.apiGateway.http,
      PRICES.s3.storage,
      PRICES.stepFunctions.expressDuration,
    ];
    for (const tiers of tiered) {
      expect(tiers.at(-1)?.upTo).toBe(Infinity);
      for (let i = 1; i < tiers.length; i++) {
        expect(tiers[i]!.upTo).toBeGreaterThan(tiers[i - 1]!.upTo);
        expect(tiers[i]!.usd).toBeLessThan(tiers[i - 1]!.usd);
      }
    }
  });

  it('holds the rates compiled from the AWS pages of sources.ts', () => {
    expect(PRICES.lambda.duration.x86_64[0]?.usd).toBe(0.0000166667);
    expect(PRICES.lambda.duration.arm64[0]?.usd).toBe(0.0000133334);
    expect(PRICES.lambda.provisionedDuration.arm64.usd).toBe(0.0000077778);
    expect(PRICES.dynamodb.writeRequestUnits.usd).toBe(0.625);
    expect(PRICES.fargate.arm64.vcpuHour.usd).toBe(0.03238);
    expect(PRICES.ec2.t3micro.usd).toBe(0.0104);
    expect(PRICES.compiled).toBe('2026-11-23');
  });
});
