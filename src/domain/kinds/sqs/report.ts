/** A queue's metrics: messages received, delivered, dead-lettered, redelivered, delivered twice, and its depth. */
import type { ReportSink } from '../../sim/report.ts';
import type { SqsModel } from './model.ts';

export function reportSqs(m: SqsModel, out: ReportSink): void {
  const s = m.stats;
  out.queue(m.node, 'sqs', m.gDepth, {
    received: s.received,
    delivered: s.delivered,
    deadLettered: s.deadLettered,
    retries: s.redelivered,
    ...(s.duplicatesDelivered > 0 ? { duplicatesDelivered: s.duplicatesDelivered } : {}),
  });
}
