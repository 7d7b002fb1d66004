import type { CostBreakdown } from './types.ts';

/**
 * Rounds half-up to the cent. The product is first trimmed to 12 significant digits so that
 * binary noise (1.005 × 100 = 100.49999…) does not flip a half cent downwards.
 *
 * @example roundToCent(1.488) // → 1.49
 */
export function roundToCent(usd: number): number {
  return Math.round(Number((usd * 100).toPrecision(12))) / 100;
}

/**
 * The breakdown as AWS prints its worked examples: every line rounded to the cent, and the
 * total being the sum of the rounded lines. Internally costs stay exact.
 *
 * @example
 * roundForDisplay(priceUsage(usage, { freeTier: true, initBilling: false })).usd // → 2.73
 */
export function roundForDisplay(breakdown: CostBreakdown): CostBreakdown {
  const lines = breakdown.lines.map((line) => ({ ...line, usd: roundToCent(line.usd) }));
  return { usd: roundToCent(lines.reduce((sum, line) => sum + line.usd, 0)), lines };
}
