/**
 * CPU contention on a task: requests working on the same task share its vCPU, so each runs
 * slower when several are at work together.
 *
 * Model assumption (no published figure is used): the task's CPU is one processor shared
 * equally by the requests it is working on. A request that starts while `k` requests hold a
 * slot on its task (itself included) has its CPU time stretched by `max(1, k × share)`, where
 * `share` is the part of a request's own work time that is CPU (the rest is waiting on I/O,
 * which does not compete). The stretch is fixed when the request starts: requests that start
 * or finish later do not change it (a snapshot of processor sharing, not a re-scheduling).
 *
 * @example
 *   cpuStretch(1, 40, 10) // → 1   (alone on its task)
 *   cpuStretch(4, 40, 10) // → 3.2 (four at work, each 80 % CPU)
 */
export function cpuStretch(activeOnTask: number, cpuMs: number, waitMs: number): number {
  const work = cpuMs + waitMs;
  if (work <= 0 || activeOnTask <= 1) return 1;
  return Math.max(1, activeOnTask * (cpuMs / work));
}
