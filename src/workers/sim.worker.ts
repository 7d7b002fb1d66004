/// <reference lib="webworker" />
/** Web Worker entry: long runs never block the page. See sim-worker-core.ts for the logic. */
import { createWorkerHandler } from './sim-worker-core.ts';
import type { ToWorker } from './sim-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerHandler((message, transfer) =>
  scope.postMessage(message, transfer ?? []),
);
scope.onmessage = (event: MessageEvent<ToWorker>) => void handle(event.data);
