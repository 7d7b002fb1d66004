/**
 * Link format "s1": the tables that give the packed form its meaning. Links live for years
 * (in slides, handouts, chat logs), so these tables are append-only: never reorder or rename,
 * add at the end. Changing a catalog default, DEFAULT_TRAFFIC or DEFAULT_SETTINGS also changes
 * what old links mean (they omit default values) — the defaults snapshot test catches that;
 * then start format "s2" and keep decoding "s1" with the old defaults.
 *
 * Fragment: "s1." + 4-character checksum (checksum.ts) + lz-string compressToEncodedURIComponent
 * of the packed document's JSON.
 *
 * Packed document (a JSON array; trailing empty parts are left off, `0` stands for "empty"):
 *   [version, name, nodes, edges, traffic, settings, description]
 *   node     [kind, label, x, y, config, id]   kind: index in S1_KINDS, or the kind id itself
 *                                               config: only the values that differ from the defaults
 *                                               id: left off when it equals the label
 *   edge     [from, to, variant, id]            from/to: node index (or the id of a missing node)
 *                                               variant: 0 when absent; id left off when `${fromId}-${toId}`
 *   traffic  [[node, fields], …]                fields: non-default values under TRAFFIC_KEYS
 *   settings {short key: value}                 non-default values under SETTINGS_KEYS
 */
import type { Settings, Traffic } from '../diagram/index.ts';
import { KIND_IDS } from '../kinds/ids.ts';

export const FORMAT_PREFIX = 's1.';

/**
 * Node kinds by position: a kind's code is its place in kinds/ids.ts, which is append-only
 * for this reason. The first 13 are pinned by format-s1.test.ts and the frozen link corpus.
 */
export const S1_KINDS: readonly string[] = KIND_IDS;

export const TRAFFIC_KEYS: Readonly<Record<string, keyof Traffic>> = {
  p: 'pattern',
  r: 'ratePerSec',
  k: 'payloadKb',
  m: 'peakMultiplier',
  t: 'periodSec',
};

export const SETTINGS_KEYS: Readonly<Record<string, keyof Settings>> = {
  s: 'seed',
  d: 'durationSec',
  x: 'speed',
  r: 'region',
  f: 'freeTier',
  b: 'billingGranularityMs',
  i: 'initBilling',
  k: 'keepAliveSec',
  a: 'accountConcurrency',
};

/** The default id of an edge, which links do not spell out. */
export const defaultEdgeId = (fromId: string, toId: string) => `${fromId}-${toId}`;
