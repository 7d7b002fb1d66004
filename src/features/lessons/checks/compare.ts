/** The comparisons of the check language, and how each reads in a sentence. */
import type { Op } from '../../../domain/lessons/check-schema.ts';

export function compare(actual: number | string, op: Op, expected: number | string): boolean {
  switch (op) {
    case 'eq':
      return actual === expected;
    case 'ne':
      return actual !== expected;
    case 'lt':
      return actual < expected;
    case 'lte':
      return actual <= expected;
    case 'gt':
      return actual > expected;
    case 'gte':
      return actual >= expected;
  }
}

const PHRASES: Record<Op, string> = {
  eq: 'exactly',
  ne: 'anything but',
  lt: 'below',
  lte: 'at most',
  gt: 'above',
  gte: 'at least',
};

/** "below 1 %", "at least 5 cold starts" — `shown` is the threshold already formatted. */
export function phrase(op: Op, shown: string): string {
  return `${PHRASES[op]} ${shown}`;
}
