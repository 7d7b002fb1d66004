/** A queue's metrics: messages received, delivered, dead-lettered, redelivered, delivered twice, FIFO group waits, blocked-group time, deduplicated and throttled sends, and its depth. */
import type { ReportSink } from '../../sim/report.ts';
import type { SqsModel } from './model.ts';

export function reportSqs(m: SqsModel, out: ReportSink): void {
  const s = m.stats;
  const blockedMs = m.fifo ? m.blockedMsAtEnd() : 0;
  out.queue(m.node, 'sqs', m.gDepth, {
    received: s.received,
    delivered: s.delivered,
    deadLettered: s.deadLettered,
    retries: s.redelivered,
    ...(s.duplicatesDelivered > 0 ? { duplicatesDelivered: s.duplicatesDelivered } : {}),
    // FIFO counts, only where non-zero (so earlier runs keep their frozen numbers).
    ...(s.fifoGroupWaits > 0 ? { fifoGroupWaits: s.fifoGroupWaits } : {}),
    ...(blockedMs > 0 ? { blockedGroupSec: Math.round(blockedMs) / 1000 } : {}),
    ...(s.deduplicated > 0 ? { deduplicated: s.deduplicated } : {}),
    ...(s.sendThrottled > 0 ? { sendThrottled: s.sendThrottled } : {}),
  });
}
