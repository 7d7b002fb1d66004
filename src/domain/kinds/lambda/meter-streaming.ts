/**
 * Response streaming's meter (AWS Lambda pricing page, https://aws.amazon.com/lambda/pricing/,
 * "Lambda HTTP Response Stream Pricing", us-east-1, page copy read 2026-12-07): $0.008 per GB
 * written to the response stream; the first 6 MB of every response are free, and so are the
 * first 100 GB a month (free tier). The page counts 1 GB = 1,024 MB.
 */
import type { MeterLine } from './meter-snapstart.ts';

export const STREAMING_PRICES = {
  asOf: '2026-12-07 (page copy; AWS pages carry no date)',
  source: 'https://aws.amazon.com/lambda/pricing/',
  perGb: 0.008,
  freeMbPerResponse: 6,
  freeGbPerMonth: 100,
} as const;

/** A group of streamed responses of the same size. */
export interface StreamedResponses {
  responses: number;
  /** Bytes streamed per response, in MB (1 MB = 1,024 KB). */
  mbPerResponse: number;
}

/** The bytes-streamed line: only what goes past 6 MB in a response, then past the free tier. */
export function priceStreaming(groups: StreamedResponses[], freeTier: boolean): MeterLine[] {
  const chargeableMb = groups.reduce(
    (sum, g) =>
      sum + g.responses * Math.max(0, g.mbPerResponse - STREAMING_PRICES.freeMbPerResponse),
    0,
  );
  const gbStreamed = chargeableMb / 1024;
  const billedGb = freeTier
    ? Math.max(0, gbStreamed - STREAMING_PRICES.freeGbPerMonth)
    : gbStreamed;
  if (billedGb === 0) return [];
  return [
    {
      item: 'lambda.streaming',
      label: 'Response streaming, bytes past 6 MB',
      quantity: billedGb,
      unit: 'GB',
      usd: billedGb * STREAMING_PRICES.perGb,
    },
  ];
}
