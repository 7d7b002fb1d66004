/**
 * What the worker does with each message, apart from the worker plumbing (so it can be tested
 * without a Worker). One run at a time per id; `cancel` stops the matching run.
 */
import {
  CancelledError,
  InvalidScenarioError,
  runInSlices,
  transferablesOf,
} from './sim-runner.ts';
import type { FromWorker, ToWorker } from './sim-protocol.ts';

export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

export function createWorkerHandler(post: Post, sliceEvents?: number) {
  const running = new Map<number, AbortController>();
  return async function handle(message: ToWorker): Promise<void> {
    if (message.type === 'cancel') {
      running.get(message.id)?.abort();
      return;
    }
    const { id } = message;
    const controller = new AbortController();
    running.set(id, controller);
    try {
      const result = await runInSlices(message.scenario, message.options, {
        signal: controller.signal,
        sliceEvents,
        onProgress: (p) => post({ type: 'progress', id, ...p }),
      });
      post({ type: 'result', id, result }, transferablesOf(result));
    } catch (error) {
      if (error instanceof CancelledError) post({ type: 'cancelled', id });
      else if (error instanceof InvalidScenarioError)
        post({ type: 'error', id, errors: error.errors });
      else post({ type: 'error', id, errors: [`The simulation failed: ${String(error)}`] });
    } finally {
      running.delete(id);
    }
  };
}
