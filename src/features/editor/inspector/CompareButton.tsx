/** "Compare with containers" on a function that an API or a queue feeds (else: why not). */
import { twinSourceOf } from '../../../domain/crossover/twin-source.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { useCompare } from '../../../store/compare-store.ts';
import { Button } from '../../../ui/Button.tsx';

export function CompareButton({ nodeId }: { nodeId: string }) {
  const fed = useDiagram((s) => twinSourceOf(s.scenario, nodeId) !== null);
  return (
    <section aria-label="Experiment" className="flex flex-col gap-1">
      <Button disabled={!fed} onClick={() => useCompare.getState().open(nodeId)}>
        Compare with containers
      </Button>
      {!fed && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Connect API Gateway or an SQS queue to this function to compare it with containers.
        </p>
      )}
    </section>
  );
}
