/**
 * The sweep: both monthly bills at 13 average rates from 0.1 to 1,000 requests per second,
 * computed in a worker with progress and Cancel, then charted with the crossover in words.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../domain/diagram/index.ts';
import type { ExperimentSettings } from '../../domain/crossover/experiment.ts';
import {
  describeCrossover,
  findCrossover,
  includedLines,
  type LineToggles,
  type SweepPoint,
} from '../../domain/crossover/index.ts';
import { Button } from '../../ui/Button.tsx';
import { startExperiment, type ExperimentHandle } from './experiment-client.ts';
import { CHART_NAME } from './chart-name.ts';
import { DESIGN_COLORS } from './colors.ts';

const CrossoverChart = lazy(() => import('./CrossoverChart.tsx'));

type Sweep =
  | { state: 'running'; done: number; total: number; points: SweepPoint[] }
  | { state: 'done'; points: SweepPoint[] }
  | { state: 'cancelled' }
  | { state: 'error'; message: string };

export function CrossoverSection({
  scenario,
  functionId,
  settings,
  toggles,
}: {
  scenario: Scenario;
  functionId: string;
  settings: ExperimentSettings;
  toggles: LineToggles;
}) {
  const [sweep, setSweep] = useState<Sweep>({ state: 'running', done: 0, total: 13, points: [] });
  const handle = useRef<ExperimentHandle | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    setSweep({ state: 'running', done: 0, total: 13, points: [] });
    const points: SweepPoint[] = [];
    const h = startExperiment('sweep', scenario, functionId, settings, (m) => {
      if (m.type === 'point') {
        points.push(m.point);
        setSweep({ state: 'running', done: m.done, total: m.total, points: [...points] });
      } else if (m.type === 'swept') setSweep({ state: 'done', points: m.points });
      else if (m.type === 'error') setSweep({ state: 'error', message: m.message });
    });
    handle.current = h;
    return () => h.cancel();
  }, [scenario, functionId, settings, generation]);

  const points = useMemo(
    () => (sweep.state === 'running' || sweep.state === 'done' ? sweep.points : []),
    [sweep],
  );
  const crossover = useMemo(() => findCrossover(points, toggles), [points, toggles]);
  const sentence = sweep.state === 'done' ? describeCrossover(crossover) : '';

  return (
    <section aria-label={CHART_NAME} className="flex flex-col gap-2">
      <h3 className="text-base font-semibold">{CHART_NAME}</h3>
      <p className="flex gap-4 text-xs" aria-hidden="true">
        <span style={{ color: DESIGN_COLORS.lambda }}>━ Lambda design</span>
        <span style={{ color: DESIGN_COLORS.containers }}>━ Fargate design</span>
        <span className="text-slate-600 dark:text-slate-400">log scales on both axes</span>
      </p>
      {sweep.state === 'running' && (
        <div className="flex items-center gap-3 text-sm" role="status">
          <progress max={sweep.total} value={sweep.done} aria-label="Sweep progress" />
          Running rate {sweep.done + 1 > sweep.total ? sweep.total : sweep.done + 1} of{' '}
          {sweep.total}…
          <Button
            variant="ghost"
            onClick={() => {
              handle.current?.cancel();
              setSweep({ state: 'cancelled' });
            }}
          >
            Cancel
          </Button>
        </div>
      )}
      {sweep.state === 'cancelled' && (
        <p className="text-sm" role="status">
          Sweep cancelled.{' '}
          <Button variant="ghost" onClick={() => setGeneration((g) => g + 1)}>
            Run the sweep again
          </Button>
        </p>
      )}
      {sweep.state === 'error' && (
        <p className="text-sm text-red-700 dark:text-red-400" role="alert">
          {sweep.message}
        </p>
      )}
      {sweep.state === 'done' && (
        <>
          <Suspense fallback={<p className="text-xs text-slate-500">Loading the chart…</p>}>
            <CrossoverChart
              points={points}
              toggles={toggles}
              crossover={crossover}
              description={sentence}
            />
          </Suspense>
          <p className="text-sm font-medium" data-testid="crossover-sentence">
            {sentence}
          </p>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {includedLines(toggles)} Each point is a run of both designs at that average rate
            (steady traffic, the scenario&apos;s seed, about 5,000 requests), projected to a 30-day
            month; the containers start at the task count their CPU target settles on.
          </p>
        </>
      )}
    </section>
  );
}
