/** Which happening the caption tells about at time T, and the log of notable ones before it. */
import { upperBound } from '../timeline/search.ts';
import type { NarrationContext } from '../timeline/narration.ts';
import { formatClock } from '../timeline/format.ts';
import type { PlaybackRun } from '../timeline/playback-run.ts';

/** Index (into the trace's happenings) of the last notable happening at or before `t`, or −1. */
export function latestNotable(run: PlaybackRun, t: number): number {
  const { notable } = run.narration;
  const times = run.trace.happenings.t;
  let lo = 0;
  let hi = notable.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[notable[mid] as number] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (notable[lo - 1] as number) : -1;
}

export interface LogLine {
  index: number;
  time: string;
  text: string;
}

/** The `limit` most recent notable happenings at or before `t`, newest first. */
export function logBefore(
  run: PlaybackRun,
  t: number,
  limit: number,
  ctx: NarrationContext,
): LogLine[] {
  const { notable } = run.narration;
  const hp = run.trace.happenings;
  const last = latestNotable(run, t);
  if (last < 0) return [];
  // Notable indices ascend with time, so the position of `last` among them is a search too.
  const end = upperBound(notable, notable.length, last);
  const lines: LogLine[] = [];
  for (let j = end - 1; j >= 0 && lines.length < limit; j--) {
    const i = notable[j] as number;
    lines.push({
      index: i,
      time: formatClock(hp.t[i] as number),
      text: run.describe(ctx, i),
    });
  }
  return lines;
}

/** The run's narration context with the labels the nodes have now (renames after the run). */
export function withLabels(
  run: PlaybackRun,
  labels: ReadonlyMap<string, string>,
): NarrationContext {
  return {
    ...run.context,
    labels: run.trace.nodeIds.map((id, i) => labels.get(id) ?? run.context.labels[i] ?? id),
  };
}
