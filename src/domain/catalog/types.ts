import type { Config, FieldSpec } from './fields.ts';

import type { KindId } from '../kinds/ids.ts';

export { KIND_IDS, type KindId } from '../kinds/ids.ts';

export type Group = 'event' | 'function' | 'service' | 'container';

/**
 * How this kind hands work to what it is connected to: the caller waits (sync), an internal
 * queue and retries (async), a poller pulls batches (poll), or a plain SDK/API call (sdk).
 */
export type InvocationModel = 'sync' | 'async' | 'poll' | 'sdk';

export interface FieldProblem {
  key: string;
  message: string;
}

export interface KindSpec {
  id: KindId;
  label: string;
  /** Short name for tight spaces (node headers, compare tables). */
  shortLabel: string;
  group: Group;
  summary: string;
  fields: readonly FieldSpec[];
  /** Rules that involve more than one field (e.g. provisioned ≤ reserved concurrency). */
  crossCheck?: (config: Config) => FieldProblem[];
  /**
   * Brings dependent fields along when the learner changes `changedKey` (e.g. a task's memory
   * to the nearest size its new vCPU allows), so that no valid setting is out of reach.
   */
  adjust?: (config: Config, changedKey: string) => Config;
  icon: string;
  /** Brand-like accent colour, used for the node's stripe and icon. */
  color: string;
  conceptSlug: string;
  cloudFormationType: string;
  invocationModel: InvocationModel;
  /** Event sources with a traffic generator (rate, pattern, payload). */
  hasTraffic: boolean;
}
