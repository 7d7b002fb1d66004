/**
 * A stream's records (as a queue: backlog over time) and the puts it handled (as a service),
 * with the writes refused over a shard's limit and, when a consumer fell behind, the highest
 * iterator age. Each is present only when it happened (so earlier runs keep their numbers).
 */
import type { ReportSink } from '../../sim/report.ts';
import { streamStats } from '../../sim/streams.ts';
import type { KinesisModel } from './model.ts';

/**
 * A consumer counts as behind when a record waited longer than this before it was read: a
 * model threshold (a keeping-up consumer reads within a poll of 1 s and a batch's run).
 */
export const BEHIND_MS = 60_000;

export function reportKinesis(m: KinesisModel, out: ReportSink): void {
  out.queue(m.node, 'kinesis', m.stream.gBacklog, streamStats(m.stream));
  const refused = m.shardThrottles;
  const age = m.stream.maxIteratorAgeMs;
  out.service(m.node, m.handled, {
    ...(refused > 0 ? { throttles: refused, shardThrottles: refused } : {}),
    ...(age > BEHIND_MS ? { maxIteratorAgeMs: Math.round(age) } : {}),
  });
}
