/** A stream's records (as a queue: backlog over time) and the puts it handled (as a service). */
import type { ReportSink } from '../../sim/report.ts';
import { streamStats } from '../../sim/streams.ts';
import type { KinesisModel } from './model.ts';

export function reportKinesis(m: KinesisModel, out: ReportSink): void {
  out.queue(m.node, 'kinesis', m.stream.gBacklog, streamStats(m.stream));
  out.service(m.node, m.handled);
}
