/**
 * What the container kinds did over the whole run, one line per AWS Fargate service and load
 * balancer: tasks started, peak tasks, requests that waited at busy tasks, the 503/504 answers
 * and the billed task-seconds. Nothing when the design has no container kind.
 */
import type { ServiceMetrics } from '../../../domain/sim/index.ts';
import { formatCount, formatMs } from '../timeline/format.ts';

function serviceLine(s: ServiceMetrics): string | null {
  const c = s.containers;
  if (c) {
    const waits =
      c.queued > 0
        ? `${formatCount(c.queued)} waited at busy tasks (mean ${formatMs(c.meanQueueWaitMs)}, longest ${formatMs(c.maxQueueWaitMs)})`
        : 'no request waited at a busy task';
    return `${s.label}: ${formatCount(c.tasksStarted)} tasks started, peak ${formatCount(c.peakTasks)}, ${formatCount(c.scaleOuts)} scale-outs and ${formatCount(c.scaleIns)} scale-ins; ${waits}; 503: ${formatCount(c.unavailable503)}, 504: ${formatCount(c.timedOut504)}; ${formatCount(Math.round(c.billedTaskSeconds))} task-seconds billed.`;
  }
  const lb = s.loadBalancer;
  if (lb) {
    const tooLarge = lb.tooLarge413 > 0 ? `, 413: ${formatCount(lb.tooLarge413)}` : '';
    return `${s.label}: ${formatCount(s.handled)} requests; answered itself 503: ${formatCount(lb.unavailable503)}, 504: ${formatCount(lb.timedOut504)}${tooLarge}.`;
  }
  return null;
}

export function ContainerSummary({ services }: { services: readonly ServiceMetrics[] }) {
  const lines = services.map((s) => [s.nodeId, serviceLine(s)] as const).filter(([, l]) => l);
  if (lines.length === 0) return null;
  return (
    <ul
      className="text-[11px] text-slate-600 dark:text-slate-400"
      data-testid="container-summary"
      aria-label="Containers over the whole run"
    >
      {lines.map(([id, line]) => (
        <li key={id}>{line}</li>
      ))}
    </ul>
  );
}
