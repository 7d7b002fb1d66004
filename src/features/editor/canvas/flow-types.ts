import type { Edge, Node } from '@xyflow/react';
import type { InvocationModel, KindId } from '../../../domain/catalog/index.ts';

export type ServiceNodeData = { kind: KindId; label: string };
export type ServiceFlowNode = Node<ServiceNodeData, 'service'>;

export type IntegrationEdgeData = { model: InvocationModel; meaning: string; label: string };
export type IntegrationFlowEdge = Edge<IntegrationEdgeData, 'integration'>;

/** One stroke per invocation model; the legend and the SVG export use the same table. */
export const EDGE_STYLE: Record<
  InvocationModel,
  { dash?: string; width: number; label: string; description: string }
> = {
  sync: { width: 2.2, label: 'Synchronous', description: 'the caller waits for the answer' },
  async: {
    dash: '7 5',
    width: 2,
    label: 'Asynchronous',
    description: 'queued by Lambda, retried on failure',
  },
  poll: {
    dash: '1.5 4.5',
    width: 2.6,
    label: 'Poll-based',
    description: 'Lambda pulls batches from a queue or stream',
  },
  sdk: {
    width: 1.4,
    label: 'API call',
    description: 'a request to a service (SDK / direct integration)',
  },
};
