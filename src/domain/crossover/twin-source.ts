/**
 * Whether "Compare with containers" applies to a node: a Lambda function behind API Gateway
 * or fed by SQS. Kept apart from twin.ts so the inspector's button and the command registry
 * (first load) do not bring in the twin builder.
 */
import type { Scenario } from '../diagram/index.ts';

export type TwinSource = 'api' | 'queue';

/** The Lambda node a "Compare with containers" can start from, and how it is fed. */
export function twinSourceOf(scenario: Scenario, functionId: string): TwinSource | null {
  const fn = scenario.nodes.find((n) => n.id === functionId);
  if (!fn || fn.kind !== 'lambda') return null;
  for (const e of scenario.edges) {
    if (e.to !== functionId) continue;
    const from = scenario.nodes.find((n) => n.id === e.from);
    if (from?.kind === 'api-gateway') return 'api';
    if (from?.kind === 'sqs') return 'queue';
  }
  return null;
}
