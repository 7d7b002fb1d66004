/**
 * ECS Service Auto Scaling with a target-tracking policy, evaluated on one-minute datapoints.
 *
 * Sourced (Amazon ECS Developer Guide, "Target tracking scaling policies"; Application Auto Scaling
 * API reference; AWS CDK `BaseTargetTrackingProps` for the cooldown defaults — copies read 2026-12):
 * - the policy owns two CloudWatch alarms: scale out when the metric is above the target for
 *   3 datapoints in 3 minutes; scale in when it is below a lower threshold for 15 datapoints in
 *   15 minutes (console captures of the AWS-generated alarms — secondary but consistent);
 * - the scale-in threshold sits below the target; ≈ 0.9 × target is what ECS captures show
 *   (observed only — a model assumption here);
 * - it scales out proportionally and in gradually; min and max tasks bound the desired count
 *   (ECS Developer Guide, "Target tracking scaling policies" — official);
 * - default cooldowns 300 s out and 300 s in (AWS CDK `BaseTargetTrackingProps` — medium);
 *   during the scale-out cooldown only a larger scale-out acts; a scale-out overrides the
 *   scale-in cooldown (Application Auto Scaling API docs — official).
 *
 * Model assumption: a scale-in step removes the tasks the metric says are surplus, but at most
 * a tenth of the service (at least one task), which is our reading of "scales in gradually".
 */
export type ScalingPolicy = {
  /** Target value of the metric (CPU %, requests per task per minute, or messages per task). */
  target: number;
  minTasks: number;
  maxTasks: number;
  outCooldownMs: number;
  inCooldownMs: number;
};

export const SCALE_OUT_DATAPOINTS = 3;
export const SCALE_IN_DATAPOINTS = 15;
/** Scale-in alarm threshold as a share of the target (observed ≈ 0.9 for ECS; model assumption). */
export const SCALE_IN_THRESHOLD = 0.9;
/** Default cooldowns (AWS CDK docs, Application Auto Scaling defaults for ECS services). */
export const DEFAULT_COOLDOWN_MS = 300_000;
export const DATAPOINT_MS = 60_000;

export type ScalingState = {
  above: number;
  below: number;
  /** When the last scale-out / scale-in happened (−Infinity: never). */
  lastOutMs: number;
  lastInMs: number;
};

export const initialScalingState = (): ScalingState => ({
  above: 0,
  below: 0,
  lastOutMs: -Infinity,
  lastInMs: -Infinity,
});

export type Datapoint = {
  nowMs: number;
  /** The metric averaged over the minute; null when there was no data (no decision then). */
  metric: number | null;
  /** Tasks the metric was measured over (running and receiving work). */
  inService: number;
  /** The service's current desired count (includes tasks still starting). */
  desired: number;
};

export type ScalingDecision = {
  state: ScalingState;
  desired: number;
  action: 'out' | 'in' | null;
};

const clamp = (n: number, p: ScalingPolicy) => Math.max(p.minTasks, Math.min(p.maxTasks, n));

/** One evaluation at the end of a one-minute period. Pure: the caller keeps the state. */
export function evaluateScaling(
  policy: ScalingPolicy,
  prev: ScalingState,
  point: Datapoint,
): ScalingDecision {
  const { nowMs, metric, inService, desired } = point;
  if (metric === null || policy.target <= 0) {
    return {
      state: { ...prev, above: 0, below: 0 },
      desired: clamp(desired, policy),
      action: null,
    };
  }
  const state: ScalingState = {
    ...prev,
    above: metric > policy.target ? prev.above + 1 : 0,
    below: metric < policy.target * SCALE_IN_THRESHOLD ? prev.below + 1 : 0,
  };
  const ratio = metric / policy.target;
  if (state.above >= SCALE_OUT_DATAPOINTS) {
    const inCooldown = nowMs - prev.lastOutMs < policy.outCooldownMs;
    // In the cooldown the capacity already added counts: only what the measured tasks still
    // lack can add more; afterwards the whole desired count is scaled by the ratio.
    const base = inCooldown ? inService : desired;
    const proposed = clamp(Math.ceil(Math.max(1, base) * ratio), policy);
    if (proposed > desired) {
      return { state: { ...state, lastOutMs: nowMs }, desired: proposed, action: 'out' };
    }
    return { state, desired: clamp(desired, policy), action: null };
  }
  if (state.below >= SCALE_IN_DATAPOINTS && nowMs - prev.lastInMs >= policy.inCooldownMs) {
    const wanted = clamp(Math.ceil(inService * ratio), policy);
    const step = Math.max(1, Math.floor(desired / 10));
    const proposed = clamp(Math.max(wanted, desired - step), policy);
    if (proposed < desired) {
      return { state: { ...state, lastInMs: nowMs }, desired: proposed, action: 'in' };
    }
  }
  return { state, desired: clamp(desired, policy), action: null };
}
