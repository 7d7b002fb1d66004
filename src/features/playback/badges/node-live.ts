/**
 * Each node's live counters at the published time, for the badges on the canvas. Computed for
 * all nodes when the time is published (≤ 10×/s) and stored per node id; an entry keeps its
 * identity while its numbers do not change, so a node re-renders only when its own counters do.
 */
import { create } from 'zustand';
import { useRun } from '../run/run-store.ts';
import { countersAt, type NodeCounters } from '../timeline/node-counters.ts';

export interface NodeLive extends NodeCounters {
  /** Concurrency limit of a function (reserved, or the account's unreserved pool). */
  limit?: number;
}

interface NodeLiveState {
  byId: Readonly<Record<string, NodeLive>>;
}

export const useNodeLive = create<NodeLiveState>()(() => ({ byId: {} }));

function same(a: NodeLive | undefined, b: NodeLive): boolean {
  if (!a) return false;
  for (const key of Object.keys(b) as (keyof NodeLive)[]) if (a[key] !== b[key]) return false;
  return true;
}

/** Recomputes every node's counters at `timeMs` (a publisher of the playback loop). */
export function publishNodeLive(timeMs: number): void {
  const run = useRun.getState().run;
  const previous = useNodeLive.getState().byId;
  if (!run) {
    if (Object.keys(previous).length > 0) useNodeLive.setState({ byId: {} });
    return;
  }
  const next: Record<string, NodeLive> = {};
  let changed = Object.keys(previous).length !== run.trace.nodeIds.length;
  run.trace.nodeIds.forEach((id, i) => {
    const timeline = run.nodes[i];
    if (!timeline) return;
    const live: NodeLive = { ...countersAt(timeline, timeMs), limit: run.context.limits[i] };
    const old = previous[id];
    if (same(old, live)) next[id] = old as NodeLive;
    else {
      next[id] = live;
      changed = true;
    }
  });
  if (changed) useNodeLive.setState({ byId: next });
}

/** The live counters of one node, or undefined when no run is loaded. */
export function useNodeCounters(nodeId: string): NodeLive | undefined {
  return useNodeLive((s) => s.byId[nodeId]);
}
