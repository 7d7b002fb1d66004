/**
 * Runs the experiment off the main thread: one worker per request, terminated on Cancel (or
 * when a newer request replaces it). Without Worker support it runs on the page instead.
 */
import type { Scenario } from '../../domain/diagram/index.ts';
import type { ExperimentSettings } from '../../domain/crossover/experiment.ts';
import type { FromExperimentWorker, ToExperimentWorker } from '../../workers/crossover-protocol.ts';

export interface ExperimentHandle {
  cancel: () => void;
}

export function startExperiment(
  type: ToExperimentWorker['type'],
  scenario: Scenario,
  functionId: string,
  settings: ExperimentSettings,
  onMessage: (m: FromExperimentWorker) => void,
): ExperimentHandle {
  const message: ToExperimentWorker = { type, scenario, functionId, settings };
  if (typeof Worker === 'undefined') {
    let cancelled = false;
    void import('../../workers/experiment-core.ts').then(({ handleExperiment }) =>
      handleExperiment(
        message,
        (m) => !cancelled && onMessage(m),
        () => cancelled,
      ),
    );
    return { cancel: () => (cancelled = true) };
  }
  const worker = new Worker(new URL('../../workers/experiment.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.onmessage = (e: MessageEvent<FromExperimentWorker>) => {
    onMessage(e.data);
    if (e.data.type !== 'point') worker.terminate();
  };
  worker.onerror = () => {
    onMessage({ type: 'error', message: 'The experiment stopped unexpectedly.' });
    worker.terminate();
  };
  worker.postMessage(message);
  return { cancel: () => worker.terminate() };
}
