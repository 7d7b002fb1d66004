/**
 * The shape of a connection rule, and the helpers each kind's connections.ts writes its
 * rules with (kinds/<kind>/connections.ts: the connections that start from that kind).
 */
import type { InvocationModel, KindId } from './types.ts';

export interface ConnectionVariant {
  /** Stable id stored on the edge when a pair has more than one meaning. */
  id: string;
  label: string;
  model: InvocationModel;
  /** One sentence on what happens along this edge. */
  meaning: string;
}

export interface ConnectionRule {
  from: KindId;
  to: KindId;
  variants: readonly [ConnectionVariant, ...ConnectionVariant[]];
}

export const v = (
  id: string,
  label: string,
  model: InvocationModel,
  meaning: string,
): ConnectionVariant => ({
  id,
  label,
  model,
  meaning,
});

export const rule = (
  from: KindId,
  to: KindId,
  ...variants: [ConnectionVariant, ...ConnectionVariant[]]
) => ({
  from,
  to,
  variants,
});

/** `what` is a full sentence about the source; the rest explains Lambda's side. */
export const asyncInvoke = (what: string) =>
  v(
    'invoke',
    'Asynchronous invoke',
    'async',
    `${what} Lambda puts the event in its internal queue, retries failures and can send what keeps failing to a destination.`,
  );
