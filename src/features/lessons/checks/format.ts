/** Numbers as a learner reads them in feedback: "39 %", "$9.01", "1,234", "228 ms". */

import { groupDigits } from '../../../domain/format/numbers.ts';

const en = (n: number, digits = 0) => groupDigits(n, digits);

/** A share 0..1 as a percentage; small shares keep a decimal so "0.9 %" never shows as "1 %". */
export function formatPercent(share: number): string {
  const pct = share * 100;
  if (pct === 0) return '0 %';
  const digits = pct >= 10 ? 0 : pct >= 1 ? 1 : 2;
  return `${en(pct, digits)} %`;
}

export function formatUsd(usd: number): string {
  if (usd > 0 && usd < 0.01) return 'less than $0.01';
  return `$${groupDigits(usd, 2, 2)}`;
}

export function formatCount(n: number): string {
  return en(Math.round(n));
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${en(ms / 1000, 2)} s` : `${en(ms)} ms`;
}

/** Three significant digits at most: "1.75", "12.5", "240". */
export function formatNumber(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return String(n);
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(n))));
  return en(n, Math.min(digits, 4));
}

/** "1 request" / "2 requests". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${Math.round(n) === 1 ? one : many}`;
}
