/** What the experiment worker does, callable on the main thread too (tests, no-Worker browsers). */
import { parseScenario } from '../domain/diagram/index.ts';
import { compareDesigns, sweepPoint } from '../domain/crossover/experiment.ts';
import { logRates, runSweep } from '../domain/crossover/index.ts';
import type { FromExperimentWorker, ToExperimentWorker } from './crossover-protocol.ts';

export async function handleExperiment(
  message: ToExperimentWorker,
  post: (m: FromExperimentWorker) => void,
  cancelled: () => boolean = () => false,
): Promise<void> {
  const parsed = parseScenario(message.scenario);
  if (!parsed.ok) return post({ type: 'error', message: 'The scenario is not valid.' });
  const scenario = parsed.scenario;
  if (message.type === 'compare') {
    const comparison = compareDesigns(scenario, message.functionId, message.settings);
    return post({ type: 'comparison', comparison });
  }
  const started = performance.now();
  const points = await runSweep(
    logRates(),
    (rate) => sweepPoint(scenario, message.functionId, message.settings, rate),
    {
      cancelled,
      onPoint: (p) => post({ type: 'point', done: p.done, total: p.total, point: p.point }),
      yieldEvery: () => new Promise((r) => setTimeout(r, 0)),
    },
  );
  if (points) post({ type: 'swept', points, ms: performance.now() - started });
}
