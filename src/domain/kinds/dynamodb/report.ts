/** A table's requests (as a service) and, when it has consumers, its stream (as a queue). */
import type { ReportSink } from '../../sim/report.ts';
import { streamStats } from '../../sim/streams.ts';
import type { DynamoDbModel } from './model.ts';

export function reportDynamoDb(m: DynamoDbModel, out: ReportSink): void {
  if (m.stream && m.stream.consumers.length > 0)
    out.queue(m.node, 'dynamodb-stream', m.stream.gBacklog, streamStats(m.stream));
  out.service(m.node, m.handled);
}
