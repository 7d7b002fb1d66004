/**
 * The curve of every edge of the run, in flow coordinates, from React Flow's own measurements:
 * node positions, measured sizes and handle bounds (as `getHandlePosition` reads them). Built
 * lazily and rebuilt only when nodes move or are measured again — not per frame.
 */
import type { InternalNode } from '@xyflow/react';
import type { Scenario } from '../../../domain/diagram/index.ts';
import { sampleCurve, type EdgeCurve, type Point } from './edge-curve.ts';

type Lookup = ReadonlyMap<string, InternalNode>;

/** Where React Flow attaches an edge to `node`: its first handle of that type, or the box side. */
export function handlePoint(node: InternalNode, type: 'source' | 'target'): Point {
  const origin = node.internals.positionAbsolute;
  const handle = node.internals.handleBounds?.[type]?.[0];
  const width = handle?.width ?? node.measured.width ?? 0;
  const height = handle?.height ?? node.measured.height ?? 0;
  const x = origin.x + (handle?.x ?? 0);
  const y = origin.y + (handle?.y ?? 0) + height / 2;
  return type === 'source' ? { x: x + width, y } : { x, y };
}

/**
 * Curves of the trace's edges (by trace edge index); undefined for an edge whose nodes are not
 * on the canvas (deleted since the run was made).
 */
export function buildEdgeCurves(
  edgeIds: readonly string[],
  scenario: Scenario,
  lookup: Lookup,
): (EdgeCurve | undefined)[] {
  const byId = new Map(scenario.edges.map((e) => [e.id, e]));
  return edgeIds.map((id) => {
    const edge = byId.get(id);
    const from = edge && lookup.get(edge.from);
    const to = edge && lookup.get(edge.to);
    if (!from || !to || !from.measured.width || !to.measured.width) return undefined;
    return sampleCurve(handlePoint(from, 'source'), handlePoint(to, 'target'));
  });
}
