/**
 * The lines of a monthly bill that the comparison shows. A published crossover depends on which
 * lines it leaves out (blogs put it anywhere from 1 M to 15 M requests a month), so each line the
 * learner can switch off is named, and the chart says which ones it includes.
 */
export const OPTIONAL_LINES = ['frontDoor', 'logs', 'network', 'provisioned'] as const;
export type OptionalLine = (typeof OPTIONAL_LINES)[number];
/** `compute` (functions or tasks) and `shared` (the services both designs call) are always in. */
export type LineId = 'compute' | 'shared' | OptionalLine;

export const LINE_LABELS: Record<LineId, string> = {
  compute: 'Compute (Lambda or Fargate)',
  shared: 'Services both designs use',
  frontDoor: 'Front door (API Gateway or load balancer)',
  logs: 'CloudWatch Logs ingestion',
  network: 'Public IPv4 addresses or NAT gateway',
  provisioned: 'Provisioned concurrency',
};

export type DesignMonthly = Record<LineId, number>;
export type LineToggles = Record<OptionalLine, boolean>;

export const ALL_LINES_ON: LineToggles = {
  frontDoor: true,
  logs: true,
  network: true,
  provisioned: true,
};

export const emptyDesign = (): DesignMonthly => ({
  compute: 0,
  shared: 0,
  frontDoor: 0,
  logs: 0,
  network: 0,
  provisioned: 0,
});

/** Monthly total with only the switched-on lines. */
export function designTotal(design: DesignMonthly, toggles: LineToggles): number {
  let usd = design.compute + design.shared;
  for (const line of OPTIONAL_LINES) if (toggles[line]) usd += design[line];
  return usd;
}

/** "Includes: front door, CloudWatch Logs…" — what the chart's numbers contain, in words. */
export function includedLines(toggles: LineToggles): string {
  const parts = ['compute', 'the services both designs use'];
  if (toggles.frontDoor) parts.push('the front door');
  if (toggles.logs) parts.push('CloudWatch Logs');
  if (toggles.network) parts.push('public IPv4 or NAT');
  if (toggles.provisioned) parts.push('provisioned concurrency');
  return `Includes ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}
