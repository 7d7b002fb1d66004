import { visibilityWarning } from '../../../domain/kinds/sqs/visibility.ts';
import type { ScenarioNode } from '../../../domain/diagram/index.ts';
import { useDiagram } from '../../../store/diagram-store.ts';

const numberOr = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);

/**
 * AWS's advice for SQS event sources (visibility timeout ≥ 6 × the function timeout), shown on
 * a queue that feeds functions and on a function fed by queues. Plain text, never HTML.
 */
export function VisibilityAdvice({ node }: { node: ScenarioNode }) {
  const scenario = useDiagram((s) => s.scenario);
  if (node.kind !== 'sqs' && node.kind !== 'lambda') return null;
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const pairs = scenario.edges
    .map((e) => [byId.get(e.from), byId.get(e.to)] as const)
    .filter(
      ([from, to]) =>
        from?.kind === 'sqs' && to?.kind === 'lambda' && (from === node || to === node),
    );
  const warnings = pairs.flatMap(([queue, fn]) => {
    const w = visibilityWarning(
      numberOr(queue?.config.visibilityTimeoutSec, 30),
      numberOr(fn?.config.timeoutSec, 3),
    );
    return w
      ? [{ id: `${queue?.id}-${fn?.id}`, text: `${queue?.label} → ${fn?.label}: ${w.message}` }]
      : [];
  });
  if (warnings.length === 0) return null;
  return (
    <section
      aria-label="Visibility timeout advice"
      className="rounded-md border border-amber-400 bg-amber-50 p-2 text-xs text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
    >
      {warnings.map((w) => (
        <p key={w.id}>{w.text}</p>
      ))}
    </section>
  );
}
