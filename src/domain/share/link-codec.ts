/**
 * A whole scenario in a URL fragment: `#/s/s1.<lz-string data>`.
 * Encoding packs (format-s1.ts) and compresses; decoding refuses anything it cannot fully
 * vouch for and hands the rest to parseScenario, the one validator of untrusted scenarios.
 */
// lz-string is CommonJS: a default import works in Vite, vitest and plain Node ESM alike.
import LZString from 'lz-string';
import { SCENARIO_VERSION, parseScenario, type Scenario } from '../diagram/index.ts';
import { CHECK_CHARS, checksum } from './checksum.ts';
import { FORMAT_PREFIX } from './format-s1.ts';
import { inflateFromURIComponent } from './lz-inflate.ts';
import { packScenario } from './pack.ts';
import { parseJsonSafely } from './safe-json.ts';
import { unpackScenario } from './unpack.ts';
import { groupDigits } from '../format/numbers.ts';

/**
 * Longest fragment we try to read. The largest scenario the schema allows, filled with
 * random text that compresses worst, makes a fragment of about 155,000 characters
 * (limits.test.ts); real ones are hundreds. Bombs are stopped by MAX_PACKED_CHARS instead.
 */
export const MAX_FRAGMENT_CHARS = 200_000;
/** Longest packed text we let a fragment expand to (see lz-inflate.ts for why this matters). */
export const MAX_PACKED_CHARS = 1_000_000;
/** The packed form is 4 levels deep; anything deeper is not ours. */
const MAX_PACKED_DEPTH = 6;
/** The hash route of a shared scenario. */
export const SHARE_ROUTE = '#/s/';

export type LinkProblem =
  'empty' | 'not-a-scenario' | 'newer' | 'too-long' | 'damaged' | 'refused' | 'invalid';

export type DecodeResult =
  { ok: true; scenario: Scenario } | { ok: false; problem: LinkProblem; error: string };

const DAMAGED =
  'This link is damaged (it may have been cut off when it was copied). Ask for the link again, or make sure you copy all of it.';
const REFUSED = (what: string) =>
  `This link was refused because it contains ${what}, which a shared scenario never does. It may have been tampered with.`;
const NEWER =
  'This link was made by a newer version of Serverless Explorer. Reload the page to update, then open the link again.';

/**
 * Packs and compresses a scenario for a URL fragment.
 *
 * @example
 * encodeScenarioToFragment(scenario); // 's1.Qx3bNobwRAlgJmBcYA…' (URL-safe: A–Z a–z 0–9 + - .)
 */
export function encodeScenarioToFragment(scenario: Scenario): string {
  return fragmentFromPackedJson(JSON.stringify(packScenario(scenario)));
}

/**
 * The lower half of encoding: marker, checksum, compressed packed JSON. Exported so tests can
 * hand-craft links the encoder would never make.
 *
 * @example
 * fragmentFromPackedJson('[1,"Demo"]'); // 's1.' + 4 check characters + lz-string data
 */
export function fragmentFromPackedJson(packedJson: string): string {
  const data = LZString.compressToEncodedURIComponent(packedJson);
  return FORMAT_PREFIX + checksum(data) + data;
}

/**
 * Reads a fragment made by encodeScenarioToFragment. Never throws, whatever the input; errors
 * are sentences for the person who opened the link.
 *
 * @example
 * decodeScenarioFragment('s1.Qx3bNobwRAlgJmBcYA…'); // { ok: true, scenario }
 * decodeScenarioFragment('s1.Qx3bNobwRA'); // { ok: false, problem: 'damaged', error: 'This link is damaged (…' }
 */
export function decodeScenarioFragment(fragment: string): DecodeResult {
  try {
    return decode(fragment);
  } catch {
    // Defence in depth: every path of decode() returns; nothing may escape as an exception.
    return { ok: false, problem: 'damaged', error: DAMAGED };
  }
}

function decode(fragment: string): DecodeResult {
  if (typeof fragment !== 'string' || fragment.trim() === '') {
    return { ok: false, problem: 'empty', error: 'This link has no scenario in it.' };
  }
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    const size = groupDigits(fragment.length);
    return {
      ok: false,
      problem: 'too-long',
      error: `This link is too long to hold a scenario (${size} characters; the most a scenario needs is ${groupDigits(MAX_FRAGMENT_CHARS)}), so it was not opened.`,
    };
  }
  const data = fragment.trim();
  if (!data.startsWith(FORMAT_PREFIX)) {
    return /^s\d+\./.test(data)
      ? { ok: false, problem: 'newer', error: NEWER }
      : {
          ok: false,
          problem: 'not-a-scenario',
          error: 'This link does not contain a Serverless Explorer scenario.',
        };
  }

  // A '+' that went through form-style URL decoding comes back as a space.
  const sealed = data.slice(FORMAT_PREFIX.length).replace(/ /g, '+');
  const compressed = sealed.slice(CHECK_CHARS);
  if (compressed === '' || checksum(compressed) !== sealed.slice(0, CHECK_CHARS)) {
    return { ok: false, problem: 'damaged', error: DAMAGED };
  }
  const inflated = inflateFromURIComponent(compressed, MAX_PACKED_CHARS);
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? { ok: false, problem: 'refused', error: REFUSED('far more data than any scenario holds') }
      : { ok: false, problem: 'damaged', error: DAMAGED };
  }
  const json = parseJsonSafely(inflated.text, MAX_PACKED_DEPTH);
  if (!json.ok) {
    return json.problem === 'forbidden-key'
      ? { ok: false, problem: 'refused', error: REFUSED(`the reserved name "${json.key}"`) }
      : { ok: false, problem: 'damaged', error: DAMAGED };
  }
  const unpacked = unpackScenario(json.value);
  if (!unpacked.ok) {
    if (unpacked.problem === 'unknown-kind') return { ok: false, problem: 'newer', error: NEWER };
    if (unpacked.problem === 'forbidden-key') {
      return {
        ok: false,
        problem: 'refused',
        error: REFUSED(`the reserved name "${unpacked.detail}"`),
      };
    }
    return { ok: false, problem: 'damaged', error: DAMAGED };
  }

  const { version } = unpacked.doc;
  if (typeof version === 'number' && version > SCENARIO_VERSION) {
    return { ok: false, problem: 'newer', error: NEWER };
  }
  const parsed = parseScenario(unpacked.doc);
  if (!parsed.ok) {
    return {
      ok: false,
      problem: 'invalid',
      error: `This link opened, but the scenario in it is not valid: ${summarise(parsed.errors)}`,
    };
  }
  return { ok: true, scenario: parsed.scenario };
}

/** The first few problems, enough to act on without a wall of text. */
export function summarise(errors: readonly string[], shown = 3): string {
  const listed = errors.slice(0, shown).join(' ');
  const more = errors.length - shown;
  return more > 0 ? `${listed} (and ${more} more problem${more > 1 ? 's' : ''})` : listed;
}

/**
 * The full link to a scenario: the page address without its current fragment, then the
 * shared-scenario route.
 *
 * @example
 * shareUrl('https://example.org/explorer/#/learn', scenario); // 'https://example.org/explorer/#/s/s1.Qx3bNobw…'
 */
export function shareUrl(baseUrl: string, scenario: Scenario): string {
  const hashAt = baseUrl.indexOf('#');
  const base = hashAt >= 0 ? baseUrl.slice(0, hashAt) : baseUrl;
  return base + SHARE_ROUTE + encodeScenarioToFragment(scenario);
}

/**
 * The fragment of a shared-scenario route, or null when the hash is another route.
 * Tolerates what copying links does to them: percent-encoding and a missing `#`.
 *
 * @example
 * fragmentFromHash('#/s/s1.Qx3bNobwRA…'); // 's1.Qx3bNobwRA…'
 * fragmentFromHash('#/learn/cold-starts'); // null
 */
export function fragmentFromHash(hash: string): string | null {
  const route = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!route.startsWith('/s/')) return null;
  const fragment = route.slice('/s/'.length);
  if (!fragment.includes('%')) return fragment;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment; // a stray "%": let the decoder report the link as damaged
  }
}
