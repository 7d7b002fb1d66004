/** An API's requests, throttles, integration timeouts and errors. */
import type { ReportSink } from '../../sim/report.ts';
import type { ApiGatewayModel } from './model.ts';

export function reportApiGateway(m: ApiGatewayModel, out: ReportSink): void {
  out.service(m.node, m.stats.requests, {
    throttles: m.stats.throttles,
    timeouts: m.stats.timeouts,
    failed: m.stats.errors,
  });
}
