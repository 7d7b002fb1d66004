import { useMemo } from 'react';
import { estimateColdStart } from '../../../domain/kinds/lambda/cold-start-estimate.ts';
import { coldStartSpecOf } from '../../../domain/kinds/lambda/cold-start-spec.ts';
import type { ScenarioNode } from '../../../domain/diagram/index.ts';
import { Link } from '../../../ui/router/index.ts';

const ms = (n: number) => `${Math.round(n)} ms`;

/** What a typical cold start of this function costs in time, in its parts (medians). */
export function ColdStartEstimate({ node }: { node: ScenarioNode }) {
  const e = useMemo(() => estimateColdStart(coldStartSpecOf(node.config)), [node.config]);
  return (
    <section aria-label="Cold start" className="text-xs text-slate-700 dark:text-slate-300">
      <h3 className="mb-1 text-sm font-semibold">A typical cold start</h3>
      {e.snapStart ? (
        <p>
          {ms(e.totalMs)}: restored from the SnapStart snapshot, no INIT. A restore of a small
          function can take longer than its INIT would.
        </p>
      ) : (
        <p>
          Cold start {ms(e.environmentMs + e.initMs)} = {ms(e.environmentMs)} to start the
          environment + {ms(e.initMs)} INIT, billed.
        </p>
      )}
      <p className="mt-1 text-slate-600 dark:text-slate-400">
        Medians of the model: INIT from{' '}
        <Link to="/learn/cold-starts" className="underline">
          measured start-up times
        </Link>{' '}
        plus the package and the init code; the environment start is a model assumption.
      </p>
    </section>
  );
}
