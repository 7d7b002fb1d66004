/**
 * Options carried by a link *after* its scenario payload, as a query string in the hash:
 * `#/s/s1.…?locked=1`, `#/embed/s/s1.…?autoplay=1&t=30&speed=2&panels=cost,metrics`.
 * They live outside the compressed payload so the share format (domain/share) stays frozen:
 * links without them open exactly as before, and older builds simply ignore them (the router
 * drops everything after `?`). lz-string's URI alphabet (A–Z a–z 0–9 + - $) has no `?` or `&`,
 * so the split is unambiguous.
 *
 * Parsed like the rest of a link: unknown keys are ignored, a bad value falls back to the
 * default and says why, nothing throws.
 */

export type EmbedPanel = 'cost' | 'metrics';
export const EMBED_PANELS: readonly EmbedPanel[] = ['cost', 'metrics'];

export interface LinkOptions {
  /** Start playing once loaded (the embed skips it when the reader prefers reduced motion). */
  autoplay: boolean;
  /** Simulated seconds to start at. */
  startSec: number;
  /** Simulated seconds per second; null keeps the scenario's own speed. */
  speed: number | null;
  /** Panels shown under an embed's transport. */
  panels: readonly EmbedPanel[];
  /** No editing at all until the viewer makes a copy. */
  locked: boolean;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = {
  autoplay: false,
  startSec: 0,
  speed: null,
  panels: ['cost'],
  locked: false,
};

/** Same range as the transport's speed control (store/playback-store.ts). */
const SPEED_RANGE = [0.1, 100] as const;
/** A day of simulated time; no scenario runs longer. */
const MAX_START_SEC = 86_400;
/** Longer query strings are not ours: refused whole, the defaults apply. */
const MAX_QUERY_CHARS = 300;

export interface ParsedLinkOptions {
  options: LinkOptions;
  /** Sentences for the reader, one per value that was not understood. */
  problems: string[];
}

const TRUE = new Set(['1', 'true', 'yes', '']);
const FALSE = new Set(['0', 'false', 'no']);

function flag(name: string, raw: string, problems: string[]): boolean | null {
  const value = raw.toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  problems.push(`The link option “${name}” should be 1 or 0, not “${raw.slice(0, 20)}”.`);
  return null;
}

function number(name: string, raw: string, min: number, max: number, problems: string[]) {
  const value = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
  if (Number.isFinite(value) && value >= min && value <= max) return value;
  problems.push(
    `The link option “${name}” should be a number from ${min} to ${max}, not “${raw.slice(0, 20)}”.`,
  );
  return null;
}

function panels(raw: string, problems: string[]): EmbedPanel[] {
  const wanted = raw.split(',').filter(Boolean);
  const known = wanted.filter((p): p is EmbedPanel => (EMBED_PANELS as string[]).includes(p));
  if (known.length < wanted.length)
    problems.push(`The link option “panels” knows only ${EMBED_PANELS.join(' and ')}.`);
  return EMBED_PANELS.filter((p) => known.includes(p));
}

/**
 * Reads the options of a query string (with or without its `?`).
 *
 * @example
 * parseLinkOptions('?autoplay=1&speed=2').options; // { autoplay: true, speed: 2, … }
 * parseLinkOptions('speed=fast').problems; // ['The link option “speed” should be a number …']
 */
export function parseLinkOptions(query: string): ParsedLinkOptions {
  const options: LinkOptions = { ...DEFAULT_LINK_OPTIONS };
  const problems: string[] = [];
  const text = query.startsWith('?') ? query.slice(1) : query;
  if (text.length > MAX_QUERY_CHARS) {
    return {
      options,
      problems: ['The link’s options are too long to be ours: they were ignored.'],
    };
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return { options, problems: ['The link’s options could not be read: they were ignored.'] };
  }
  for (const [key, raw] of params) {
    if (key === 'autoplay') options.autoplay = flag(key, raw, problems) ?? options.autoplay;
    else if (key === 'locked') options.locked = flag(key, raw, problems) ?? options.locked;
    else if (key === 't') options.startSec = number(key, raw, 0, MAX_START_SEC, problems) ?? 0;
    else if (key === 'speed') options.speed = number(key, raw, ...SPEED_RANGE, problems);
    else if (key === 'panels') options.panels = panels(raw, problems);
    // Anything else is ignored: a newer build's option, or a tracker's parameter.
  }
  return { options, problems };
}

/**
 * The query string for some options: only what differs from the defaults, in a fixed order,
 * so equal options make equal links. Empty when everything is default.
 *
 * @example
 * linkOptionsQuery({ locked: true }); // '?locked=1'
 */
export function linkOptionsQuery(patch: Partial<LinkOptions>): string {
  const o = { ...DEFAULT_LINK_OPTIONS, ...patch };
  const parts: string[] = [];
  if (o.autoplay) parts.push('autoplay=1');
  if (o.startSec > 0) parts.push(`t=${roundTo(o.startSec, 3)}`);
  if (o.speed !== null) parts.push(`speed=${roundTo(o.speed, 2)}`);
  const samePanels =
    o.panels.length === DEFAULT_LINK_OPTIONS.panels.length &&
    o.panels.every((p) => DEFAULT_LINK_OPTIONS.panels.includes(p));
  if (!samePanels)
    parts.push(`panels=${EMBED_PANELS.filter((p) => o.panels.includes(p)).join(',')}`);
  if (o.locked) parts.push('locked=1');
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Splits a route's tail into the part before `?` and the options after it.
 *
 * @example
 * splitOptions('s1.abc?locked=1'); // { path: 's1.abc', query: '?locked=1' }
 */
export function splitOptions(tail: string): { path: string; query: string } {
  const at = tail.indexOf('?');
  return at < 0 ? { path: tail, query: '' } : { path: tail.slice(0, at), query: tail.slice(at) };
}
