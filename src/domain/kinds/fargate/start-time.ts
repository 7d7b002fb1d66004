/**
 * How long a new Fargate task takes from "requested" to "receiving traffic".
 *
 * What is sourced (copies read 2026-12; each source named below):
 * - "30–45 seconds or longer" is a normal start (AWS re:Post expert answer, undated);
 * - Fargate never caches images: every task pulls the whole image, and pull time is
 *   "directly correlated" with start time (ECS Developer Guide, "Fargate pull behavior");
 * - behind a load balancer a new target must pass one health check before it gets requests;
 *   checks run every 30 s by default (ALB User Guide, "Health checks for your target groups").
 *
 * Model assumption (no published curve exists): provisioning (capacity, network interface) is
 * log-normal around 20 s; the pull runs at a log-normal rate around 50 MB/s; so a 200 MB image
 * starts in about 24 s, plus the wait for the next health check (uniform over the interval).
 */
export type StartTimeParams = {
  imageMb: number;
  /** Seconds between the load balancer's health checks; 0 when no load balancer is in front. */
  healthCheckIntervalSec: number;
};

/** Median seconds to provision a task before the pull (model assumption, see above). */
export const PROVISION_MEDIAN_SEC = 20;
/** Median image pull rate, MB per second (model assumption, see above). */
export const PULL_MEDIAN_MB_PER_SEC = 50;
const SPREAD = 0.25;

/** The random draws this needs: any seeded source of log-normal and uniform numbers. */
export type StartTimeRandom = {
  logNormal(median: number, sigma: number): number;
  next(): number;
};

export type TaskStart = {
  /** From request to the container running (provisioning + pull + start): billed from the pull. */
  provisionMs: number;
  pullMs: number;
  /** From the container running to its first health check passed (no traffic before). */
  healthMs: number;
};

export function drawTaskStart(params: StartTimeParams, rng: StartTimeRandom): TaskStart {
  const provisionMs = rng.logNormal(PROVISION_MEDIAN_SEC, SPREAD) * 1000;
  const rate = rng.logNormal(PULL_MEDIAN_MB_PER_SEC, SPREAD);
  const pullMs = (Math.max(0, params.imageMb) / rate) * 1000;
  const healthMs = params.healthCheckIntervalSec * 1000 * rng.next();
  return { provisionMs, pullMs, healthMs };
}

/** Median start time in seconds (for the inspector's hint): no spread, half an interval of checks. */
export function medianStartSeconds(params: StartTimeParams): number {
  return (
    PROVISION_MEDIAN_SEC +
    Math.max(0, params.imageMb) / PULL_MEDIAN_MB_PER_SEC +
    params.healthCheckIntervalSec / 2
  );
}
