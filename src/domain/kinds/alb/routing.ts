/**
 * How an Application Load Balancer answers, when it answers itself (ALB User Guide,
 * "Troubleshoot your Application Load Balancers" and "Lambda functions as targets" — official;
 * both in the Elastic Load Balancing User Guide for ALBs, docs.aws.amazon.com, copies of 2026):
 * - 503 when the target group has no registered target;
 * - 504 when the target does not answer within the idle timeout (60 s by default);
 * - for a Lambda target: request body over 1 MB → 413; response over 1 MB → 502.
 * When every target is unhealthy the ALB "fails open" and routes to all of them.
 */
export const IDLE_TIMEOUT_MS = 60_000;
export const LAMBDA_TARGET_LIMIT_KB = 1024;
/**
 * Model assumption: the load balancer adds a few milliseconds each way. No measured figure was
 * read (the reference marks "single-digit ms" as unsourced), so this is labelled as ours.
 */
export const DEFAULT_ALB_LATENCY_MS = 3;

export type Target = { healthy: boolean };

/** Round-robin over healthy targets (fail open when none is healthy); −1 when none registered. */
export function pickTarget(targets: readonly Target[], turn: number): number {
  const n = targets.length;
  if (n === 0) return -1;
  const anyHealthy = targets.some((t) => t.healthy);
  for (let i = 0; i < n; i++) {
    const k = (turn + i) % n;
    if (!anyHealthy || targets[k]?.healthy) return k;
  }
  return -1;
}

/** The status the ALB gives before any target runs, or null when the request goes through. */
export function admitToLambda(requestKb: number): 413 | null {
  return requestKb > LAMBDA_TARGET_LIMIT_KB ? 413 : null;
}

/** The status for a Lambda target's answer: 502 when the response is over the limit. */
export function lambdaResponseStatus(responseKb: number): 502 | null {
  return responseKb > LAMBDA_TARGET_LIMIT_KB ? 502 : null;
}
