/**
 * A table's requests (as a service) and, when it has consumers, its stream (as a queue). A
 * provisioned table adds its throttles, the SDK retries they caused and the calls that failed
 * after the last retry (only when it is provisioned, so on-demand runs keep their numbers).
 */
import type { ReportSink } from '../../sim/report.ts';
import { streamStats } from '../../sim/streams.ts';
import type { DynamoDbModel } from './model.ts';

export function reportDynamoDb(m: DynamoDbModel, out: ReportSink): void {
  if (m.stream && m.stream.consumers.length > 0)
    out.queue(m.node, 'dynamodb-stream', m.stream.gBacklog, streamStats(m.stream));
  if (!m.capacity) return out.service(m.node, m.handled);
  out.service(m.node, m.handled, {
    throttles: m.throttles,
    failed: m.stats.failed,
    ...(m.stats.sdkRetries > 0 ? { sdkRetries: m.stats.sdkRetries } : {}),
  });
}
