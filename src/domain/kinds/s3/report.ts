/** Requests handled. */
import type { ReportSink } from '../../sim/report.ts';
import type { S3Model } from './model.ts';

export function reportS3(m: S3Model, out: ReportSink): void {
  out.service(m.node, m.handled);
}
