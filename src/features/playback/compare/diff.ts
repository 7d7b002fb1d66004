/**
 * Two runs side by side: each metric of the pinned run (A) and the current one (B), the change
 * in words a learner reads at a glance — "cold starts −96 %, cost +$4.10/month, p99 −380 ms" —
 * and whether the change is for the better.
 */
import type { SimResult } from '../../../domain/sim/index.ts';
import { formatCount, formatMs, formatShare, formatUsd } from '../timeline/format.ts';

type Metrics = Omit<SimResult, 'trace'>;

export interface DiffRow {
  label: string;
  a: string;
  b: string;
  /** "−96 %", "+$4.10/month", "0 → 12", or "" when equal. */
  change: string;
  /** true: B is better; false: worse; null: equal or neither. */
  better: boolean | null;
}

const MINUS = '\u2212';
const signed = (n: number, text: string) => `${n < 0 ? MINUS : '+'}${text}`;

/**
 * A relative change of a count: "−96 %"; from nothing, "0 → 12".
 *
 * @example relativeChange(50, 2) // → "−96 %"
 */
export function relativeChange(a: number, b: number): string {
  if (a === b) return '';
  // From nothing, a percentage means nothing: say both numbers.
  if (a === 0) return `0 → ${formatCount(b)}`;
  const pct = ((b - a) / a) * 100;
  const abs = Math.abs(pct);
  return signed(pct, `${abs >= 10 ? Math.round(abs) : Number(abs.toFixed(1))} %`);
}

/** @example costChange(1.2, 5.3) // → "+$4.10/month" */
export function costChange(a: number, b: number): string {
  const d = b - a;
  return Math.abs(d) < 0.005 ? '' : `${signed(d, formatUsd(Math.abs(d)))}/month`;
}

/** @example msChange(500, 120) // → "−380 ms" */
export function msChange(a: number, b: number): string {
  const d = b - a;
  return Math.abs(d) < 0.5 ? '' : signed(d, formatMs(Math.abs(d)));
}

function row(
  label: string,
  a: string,
  b: string,
  change: string,
  lowerIsBetter: boolean | null,
  da: number,
  db: number,
): DiffRow {
  const better =
    change === '' || lowerIsBetter === null || da === db ? null : db < da === lowerIsBetter;
  return { label, a, b, change, better };
}

export function diffRows(a: Metrics, b: Metrics): DiffRow[] {
  const rows: DiffRow[] = [];
  const count = (label: string, x: number, y: number, lowerIsBetter: boolean | null) =>
    rows.push(
      row(label, formatCount(x), formatCount(y), relativeChange(x, y), lowerIsBetter, x, y),
    );
  count('Requests', a.requests.total, b.requests.total, null);
  count('Succeeded', a.requests.succeeded, b.requests.succeeded, false);
  count('Cold starts', a.totals.coldStarts, b.totals.coldStarts, true);
  rows.push(
    row(
      'Cold-start share',
      formatShare(a.totals.coldStartShare),
      formatShare(b.totals.coldStartShare),
      '',
      true,
      0,
      0,
    ),
  );
  count('Throttles', a.totals.throttles, b.totals.throttles, true);
  count('Errors', a.totals.errors, b.totals.errors, true);
  count('Retries', a.totals.retries, b.totals.retries, true);
  count('Dead letters', a.totals.deadLettered, b.totals.deadLettered, true);
  if (a.latency.count > 0 && b.latency.count > 0) {
    for (const [label, x, y] of [
      ['Latency p50', a.latency.p50Ms, b.latency.p50Ms],
      ['Latency p95', a.latency.p95Ms, b.latency.p95Ms],
      ['Latency p99', a.latency.p99Ms, b.latency.p99Ms],
    ] as const) {
      rows.push(row(label, formatMs(x), formatMs(y), msChange(x, y), true, x, y));
    }
  }
  const ca = a.cost?.monthly.usd ?? 0;
  const cb = b.cost?.monthly.usd ?? 0;
  rows.push(row('Cost per month', formatUsd(ca), formatUsd(cb), costChange(ca, cb), true, ca, cb));
  return rows;
}

/** The headline: what changed most, in the order a learner cares about. */
export function diffSummary(a: Metrics, b: Metrics): string {
  const parts: string[] = [];
  const cold = relativeChange(a.totals.coldStarts, b.totals.coldStarts);
  if (cold) parts.push(`cold starts ${cold}`);
  const throttles = relativeChange(a.totals.throttles, b.totals.throttles);
  if (throttles) parts.push(`throttles ${throttles}`);
  const cost = costChange(a.cost?.monthly.usd ?? 0, b.cost?.monthly.usd ?? 0);
  if (cost) parts.push(`cost ${cost}`);
  if (a.latency.count > 0 && b.latency.count > 0) {
    const p99 = msChange(a.latency.p99Ms, b.latency.p99Ms);
    if (p99) parts.push(`p99 ${p99}`);
  }
  const errors = relativeChange(a.totals.errors, b.totals.errors);
  if (errors) parts.push(`errors ${errors}`);
  return parts.length > 0 ? parts.join(', ') : 'No difference in the headline numbers.';
}
