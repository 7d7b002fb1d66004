/**
 * At-least-once delivery made visible. A received SQS message is only hidden for the
 * visibility timeout; if the consumer is still working on it when that runs out, the message
 * becomes visible again and the next receive delivers it a second time while the first run
 * goes on. Each receive starts a fresh timeout, so a run of `runMs` against a timeout of
 * `visibilityMs` sees a delivery at 0, V, 2V, … for as long as the run lasts (or until the
 * receive count reaches maxReceiveCount and the message moves to the dead-letter queue).
 *
 * Sources (read 2026-12): Amazon SQS Developer Guide, "Amazon SQS visibility timeout" (a
 * message not deleted before the timeout ends becomes visible to other consumers and "might
 * be received again"); AWS Lambda Developer Guide, "Using Lambda with Amazon SQS" — "set the
 * source queue's visibility timeout to at least six times the timeout that you configure on
 * your function", which the console repeats when a trigger is added.
 *
 * Model assumption: the redelivered copy is received as soon as it is visible (a poller is
 * waiting), so the times below are the earliest possible duplicate deliveries.
 */

/** The Lambda guide's advice: visibility timeout ≥ 6 × function timeout. */
export const VISIBILITY_ADVICE_FACTOR = 6;

/**
 * When a message received at 0 and processed for `runMs` is delivered again while that run
 * is still going: every `visibilityMs` until the run ends, at most `maxReceives - 1` times.
 *
 * @example duplicateDeliveryTimes(70_000, 30_000, 10) // [30_000, 60_000]
 */
export function duplicateDeliveryTimes(
  runMs: number,
  visibilityMs: number,
  maxReceives = Infinity,
): number[] {
  const times: number[] = [];
  if (visibilityMs <= 0) return times;
  for (let t = visibilityMs; t < runMs && times.length + 1 < maxReceives; t += visibilityMs)
    times.push(t);
  return times;
}

export interface VisibilityWarning {
  visibilitySec: number;
  functionTimeoutSec: number;
  recommendedSec: number;
  message: string;
}

/**
 * The inspector's warning for an SQS → Lambda mapping whose queue hides messages for less
 * than six function timeouts; null when the advice is followed.
 */
export function visibilityWarning(
  visibilitySec: number,
  functionTimeoutSec: number,
): VisibilityWarning | null {
  const recommendedSec = VISIBILITY_ADVICE_FACTOR * functionTimeoutSec;
  if (visibilitySec >= recommendedSec) return null;
  const message =
    visibilitySec < functionTimeoutSec
      ? `The visibility timeout (${visibilitySec} s) is shorter than the function timeout (${functionTimeoutSec} s): a slow run will be delivered twice. AWS advises at least ${recommendedSec} s (6 × the function timeout).`
      : `AWS advises a visibility timeout of at least ${recommendedSec} s (6 × the function timeout of ${functionTimeoutSec} s) so that batches held back by throttles or retries become visible again only after they are done.`;
  return { visibilitySec, functionTimeoutSec, recommendedSec, message };
}
