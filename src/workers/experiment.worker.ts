/// <reference lib="webworker" />
/** Web Worker entry of the "Compare with containers" experiment and its crossover sweep. */
import type { ToExperimentWorker } from './crossover-protocol.ts';
import { handleExperiment } from './experiment-core.ts';

self.onmessage = (event: MessageEvent<ToExperimentWorker>) => {
  void handleExperiment(event.data, (m) => self.postMessage(m)).catch((e: unknown) =>
    self.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) }),
  );
};
