/**
 * Left-to-right layout of an imported diagram with dagre: requests flow from the event
 * sources on the left to the data stores on the right, and no two nodes overlap. Part of the
 * SAM module, which the app loads only when a template is imported or exported.
 */
import { Graph, layout } from '@dagrejs/dagre';
import { NODE_HEIGHT, NODE_WIDTH } from '../diagram/placement.ts';

export interface LayoutInput {
  nodes: readonly { id: string }[];
  edges: readonly { from: string; to: string }[];
}

export function layoutLeftToRight(input: LayoutInput): Map<string, { x: number; y: number }> {
  const graph = new Graph({ multigraph: false });
  graph.setGraph({ rankdir: 'LR', nodesep: 36, ranksep: 90, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of input.nodes)
    graph.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of input.edges) {
    if (edge.from !== edge.to) graph.setEdge(edge.from, edge.to);
  }
  layout(graph);
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of input.nodes) {
    const placed = graph.node(node.id) as { x: number; y: number } | undefined;
    // dagre gives centres; the canvas wants top-left corners.
    positions.set(node.id, {
      x: Math.round((placed?.x ?? 0) - NODE_WIDTH / 2),
      y: Math.round((placed?.y ?? 0) - NODE_HEIGHT / 2),
    });
  }
  return positions;
}
