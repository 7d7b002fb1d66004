import { useEffect, useMemo, useRef, useState } from 'react';
import { MarkerType, applyNodeChanges, type NodeChange } from '@xyflow/react';
import { findVariant, getKind } from '../../../domain/catalog/index.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { useSelection } from '../../../store/selection-store.ts';
import type { Position } from '../../../domain/diagram/index.ts';
import type { IntegrationFlowEdge, ServiceFlowNode } from './flow-types.ts';

/**
 * React Flow needs its own node objects (with measured sizes); the document is the truth.
 * Local node state keeps measurements and in-progress drags; the document is written once
 * per drag, when it ends, so a drag is one undo step.
 */
export function useFlowElements() {
  const scenario = useDiagram((s) => s.scenario);
  const move = useDiagram((s) => s.move);
  const selectedNodes = useSelection((s) => s.nodeIds);
  const selectedEdges = useSelection((s) => s.edgeIds);
  const select = useSelection((s) => s.select);
  const [nodes, setNodes] = useState<ServiceFlowNode[]>([]);
  const nodesRef = useRef<ServiceFlowNode[]>([]);

  useEffect(() => {
    const selected = new Set(selectedNodes);
    const byId = new Map(nodesRef.current.map((n) => [n.id, n]));
    const next = scenario.nodes.map((n): ServiceFlowNode => {
      const old = byId.get(n.id);
      const kind = getKind(n.kind);
      return {
        ...old,
        id: n.id,
        type: 'service' as const,
        position: n.position,
        data: { kind: n.kind, label: n.label },
        selected: selected.has(n.id),
        ariaLabel: `${n.label}, ${kind.label}`,
      };
    });
    nodesRef.current = next;
    setNodes(next);
  }, [scenario.nodes, selectedNodes]);

  const edges = useMemo<IntegrationFlowEdge[]>(() => {
    const kinds = new Map(scenario.nodes.map((n) => [n.id, n]));
    const selected = new Set(selectedEdges);
    return scenario.edges.map((e) => {
      const from = kinds.get(e.from);
      const to = kinds.get(e.to);
      const variant = from && to ? findVariant(from.kind, to.kind, e.variant) : undefined;
      return {
        id: e.id,
        source: e.from,
        target: e.to,
        type: 'integration' as const,
        selected: selected.has(e.id),
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
        ariaLabel: `${from?.label ?? e.from} to ${to?.label ?? e.to}: ${variant?.label ?? 'connection'}`,
        data: {
          model: variant?.model ?? 'sync',
          meaning: variant?.meaning ?? '',
          label: variant?.label ?? '',
        },
      };
    });
  }, [scenario.edges, scenario.nodes, selectedEdges]);

  const onNodesChange = (changes: NodeChange<ServiceFlowNode>[]) => {
    const next = applyNodeChanges(changes, nodesRef.current);
    nodesRef.current = next;
    setNodes(next);
    if (changes.some((c) => c.type === 'select')) {
      select(
        next.filter((n) => n.selected).map((n) => n.id),
        useSelection.getState().edgeIds,
      );
    }
    if (changes.some((c) => c.type === 'position' && c.dragging === false)) {
      // Commit every node the drag moved (multi-selection drags move several) in one edit.
      const documentNodes = new Map(
        useDiagram.getState().scenario.nodes.map((d) => [d.id, d.position]),
      );
      const moved = new Map<string, Position>();
      for (const n of next) {
        const was = documentNodes.get(n.id);
        if (was && (was.x !== Math.round(n.position.x) || was.y !== Math.round(n.position.y)))
          moved.set(n.id, n.position);
      }
      if (moved.size > 0) move(moved);
    }
  };

  return { nodes, edges, onNodesChange };
}
