/**
 * "Compare with containers": the selected function's design and its Fargate twin on the same
 * traffic and seed, side by side, and where their monthly bills cross.
 */
import { useEffect, useState } from 'react';
import { DEFAULT_EXPERIMENT, type Comparison } from '../../domain/crossover/experiment.ts';
import { ALL_LINES_ON, type LineToggles } from '../../domain/crossover/index.ts';
import { buildTwin, twinSourceOf } from '../../domain/crossover/twin.ts';
import { parseScenario } from '../../domain/diagram/index.ts';
import { useDiagram } from '../../store/diagram-store.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Link } from '../../ui/router/index.ts';
import { CrossoverSection } from './CrossoverSection.tsx';
import { ExperimentControls } from './ExperimentControls.tsx';
import { LineSwitches } from './LineSwitches.tsx';
import { SideBySide } from './SideBySide.tsx';
import { startExperiment } from './experiment-client.ts';

export default function CompareDialog({
  functionId,
  onClose,
}: {
  functionId: string;
  onClose: () => void;
}) {
  const scenario = useDiagram((s) => s.scenario);
  const fn = scenario.nodes.find((n) => n.id === functionId);
  const source = twinSourceOf(scenario, functionId);
  const [settings, setSettings] = useState(DEFAULT_EXPERIMENT);
  const [toggles, setToggles] = useState<LineToggles>(ALL_LINES_ON);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** Puts the container design on the canvas in place of the Lambda one (Undo brings it back). */
  const openTwin = () => {
    const twin = buildTwin(scenario, functionId);
    const parsed = twin && parseScenario(twin.scenario);
    if (!parsed || !parsed.ok) {
      setError('The container design could not be built from this diagram.');
      return;
    }
    useDiagram.getState().replace(parsed.scenario);
    onClose();
  };
  const dropped = source ? (buildTwin(scenario, functionId)?.dropped.length ?? 0) : 0;

  useEffect(() => {
    if (!source) return;
    setComparison(null);
    const h = startExperiment('compare', scenario, functionId, settings, (m) => {
      if (m.type === 'comparison') setComparison(m.comparison);
      else if (m.type === 'error') setError(m.message);
    });
    return () => h.cancel();
  }, [scenario, functionId, settings, source]);

  return (
    <Dialog open onClose={onClose} title="Compare with containers" wide>
      {!fn || !source ? (
        <p className="text-sm">
          Choose a Lambda function behind API Gateway or fed by an SQS queue to compare it with
          containers.
        </p>
      ) : (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-slate-700 dark:text-slate-300">
            <strong>{fn.label}</strong> on Lambda against its container twin: a Fargate service
            {source === 'api' ? ' behind an Application Load Balancer' : ' reading the same queue'},
            calling the same services, on the same traffic and seed. Read why they differ in{' '}
            <Link
              to="/learn/serverless-vs-containers"
              className="text-blue-700 underline dark:text-blue-400"
            >
              serverless vs containers
            </Link>
            .
          </p>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <Button onClick={openTwin}>Open the container design on the canvas</Button>
            <span className="text-xs text-slate-600 dark:text-slate-400">
              Replaces this diagram with its twin; Undo brings the Lambda design back.
              {dropped > 0 &&
                ` ${dropped} connection${dropped === 1 ? '' : 's'} of the function (on-failure destinations, calls a task does not make here) will be left out.`}
            </span>
          </div>
          <ExperimentControls settings={settings} onChange={setSettings} />
          {error && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
          {comparison ? (
            <SideBySide c={comparison} toggles={toggles} />
          ) : (
            <p role="status" className="text-sm">
              Running both designs…
            </p>
          )}
          <LineSwitches toggles={toggles} onChange={setToggles} />
          <CrossoverSection
            scenario={scenario}
            functionId={functionId}
            settings={settings}
            toggles={toggles}
          />
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Model assumptions: the container does the function&apos;s CPU work per request and waits
            as long for the services it calls; tasks are 20 requests at once, a 200 MB image, CPU
            target 50 %; the application logs 1 KB per request on both sides. Prices: us-east-1,
            dated and sourced on the concept pages.
          </p>
        </div>
      )}
    </Dialog>
  );
}
