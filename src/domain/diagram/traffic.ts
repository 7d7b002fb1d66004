import { z } from '../zod/index.ts';
import { groupDigits } from '../format/numbers.ts';

/**
 * Traffic of one event source. Patterns:
 * - steady: Poisson arrivals at `ratePerSec`;
 * - burst: every `periodSec`, the rate is multiplied by `peakMultiplier` for 10 % of the period;
 * - spike: once, at a third of the run, the rate is multiplied by `peakMultiplier` for 10 % of the run;
 * - daily: a day compressed into `periodSec`, the rate swinging between a night low and
 *   `peakMultiplier`× at midday (mean stays `ratePerSec`).
 */
export const TRAFFIC_PATTERNS = ['steady', 'burst', 'spike', 'daily'] as const;
export type TrafficPattern = (typeof TRAFFIC_PATTERNS)[number];

export const MAX_RATE_PER_SEC = 100_000;

export const trafficSchema = z.strictObject({
  pattern: z.enum(TRAFFIC_PATTERNS, { error: 'Pattern must be steady, burst, spike or daily.' }),
  ratePerSec: z
    .number({ error: 'Rate must be a number.' })
    .check(
      z.gte(0, 'Rate cannot be negative.'),
      z.lte(
        MAX_RATE_PER_SEC,
        `Rate can be at most ${groupDigits(MAX_RATE_PER_SEC)} requests/s in this explorer.`,
      ),
    ),
  payloadKb: z
    .number({ error: 'Payload must be a number.' })
    .check(
      z.gte(0.01, 'Payload must be at least 0.01 KB.'),
      z.lte(10240, 'Payload can be at most 10,240 KB (API Gateway’s 10 MB limit).'),
    ),
  peakMultiplier: z
    .number({ error: 'Peak multiplier must be a number.' })
    .check(
      z.gte(1, 'Peak multiplier must be at least 1.'),
      z.lte(1000, 'Peak multiplier can be at most 1,000.'),
    ),
  periodSec: z
    .number({ error: 'Period must be a number.' })
    .check(
      z.gte(1, 'Period must be at least 1 s.'),
      z.lte(86_400, 'Period can be at most 86,400 s (one day).'),
    ),
});
export type Traffic = z.infer<typeof trafficSchema>;

export const DEFAULT_TRAFFIC: Traffic = {
  pattern: 'steady',
  ratePerSec: 5,
  payloadKb: 2,
  peakMultiplier: 10,
  periodSec: 60,
};
