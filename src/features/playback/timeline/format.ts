/** Number formats of the playback: one place, so the caption, panels and diffs agree. */
import { groupDigits } from '../../../domain/format/numbers.ts';

/**
 * A duration for people: "412 ms", "1.2 s", "10 min", "2 h 5 min".
 *
 * @example formatMs(412.4) // → "412 ms"
 */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  const abs = Math.abs(ms);
  if (abs < 10) return `${Number(ms.toFixed(1))} ms`;
  if (abs < 1000) return `${Math.round(ms)} ms`;
  if (abs < 60_000) return `${Number((ms / 1000).toFixed(abs < 10_000 ? 2 : 1))} s`;
  const minutes = Math.round(ms / 60_000);
  if (Math.abs(minutes) < 60) return `${minutes} min`;
  const h = Math.trunc(minutes / 60);
  const m = Math.abs(minutes % 60);
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/**
 * A position on the timeline: "0:07", "4:59", "1:02:03".
 *
 * @example formatClock(83_400) // → "1:23"
 */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const s = total % 60;
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600);
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The same position in words, for screen readers: "1 min 23 s of 5 min". */
export function clockWords(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor(total / 60) % 60;
  const s = total % 60;
  const parts = [h ? `${h} h` : '', m ? `${m} min` : '', s || (!h && !m) ? `${s} s` : ''];
  return parts.filter(Boolean).join(' ');
}

/**
 * Money: cents for everyday amounts, more digits for the tiny sums of a few requests.
 *
 * @example formatUsd(0.000123) // → "$0.000123"
 */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd)) return '—';
  const abs = Math.abs(usd);
  const sign = usd < 0 ? '−' : '';
  if (abs === 0) return '$0.00';
  if (abs < 1e-8) return `${sign}< $0.00000001`;
  if (abs < 0.01) {
    // Three significant digits, never in exponent notation.
    const digits = Math.min(10, 2 - Math.floor(Math.log10(abs)));
    return `${sign}$${abs.toFixed(digits).replace(/0+$/, '')}`;
  }
  return `${sign}$${groupDigits(abs, 2, 2)}`;
}

/** A count with thousands separators. */
export function formatCount(n: number): string {
  return groupDigits(Math.round(n));
}

/** A share as a percentage: "4.2 %", "100 %". */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return '—';
  const pct = share * 100;
  return `${pct >= 10 || pct === 0 ? Math.round(pct) : Number(pct.toFixed(1))} %`;
}
