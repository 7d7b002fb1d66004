import { useCallback, useState, type DragEvent } from 'react';
import '@xyflow/react/dist/style.css';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  type Connection,
  type EdgeChange,
  type ReactFlowInstance,
} from '@xyflow/react';
import { isKindId } from '../../../domain/catalog/index.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { useSelection } from '../../../store/selection-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { useEditorUi } from '../../../store/editor-ui-store.ts';
import { useOwnership } from '../../../store/ownership-store.ts';
import { ServiceNode } from './ServiceNode.tsx';
import { IntegrationEdge } from './IntegrationEdge.tsx';
import { useFlowElements } from './use-flow-elements.ts';
import type { IntegrationFlowEdge, ServiceFlowNode } from './flow-types.ts';
import { EdgeLegend } from './EdgeLegend.tsx';
import { PALETTE_MIME } from './palette-mime.ts';
import { EmptyCanvasHint } from './EmptyCanvasHint.tsx';
import { useExplorerSlot } from '../../../ui/explorer-slots.tsx';
import { useStagedMount } from '../../../ui/use-staged-mount.ts';

const nodeTypes = { service: ServiceNode };
const edgeTypes = { integration: IntegrationEdge };

/**
 * The interactive canvas (React Flow and its 16 KB of CSS come with this chunk): nodes to drag
 * and wire, pan and zoom, the grid, controls and minimap, and the app's overlay (tokens).
 */
export default function FlowCanvas() {
  return (
    <ReactFlowProvider>
      <Flow />
    </ReactFlowProvider>
  );
}

function Flow() {
  const { nodes, edges, onNodesChange } = useFlowElements();
  // Fit the diagram it opens with; a canvas that opens empty (after "New") waits for the
  // learner's own drops instead of jumping to the first node.
  const [fitOnOpen] = useState(() => nodes.length > 0);
  const connectNodes = useDiagram((s) => s.connect);
  const addNode = useDiagram((s) => s.addNode);
  const select = useSelection((s) => s.select);
  const notify = useNotices((s) => s.notify);
  const flow = useEditorUi((s) => s.flow);
  const setFlow = useEditorUi((s) => s.setFlow);
  // A locked link (or embed) shows the diagram as it is: nothing to drag or wire.
  const locked = useOwnership((s) => s.ownership === 'locked');
  // The diagram first; after a paint the grid, controls, minimap and token layer join, each in
  // a task of its own.
  const stage = useStagedMount(4);
  const Overlay = useExplorerSlot('CanvasOverlay');

  const onConnect = useCallback(
    (c: Connection) => {
      const result = connectNodes(c.source, c.target);
      if (result.ok) select([], result.id ? [result.id] : []);
      else notify('error', `Not connected: ${result.reason}`);
    },
    [connectNodes, notify, select],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<IntegrationFlowEdge>[]) => {
      const selection = changes.filter((c) => c.type === 'select');
      if (selection.length === 0) return;
      const current = new Set(useSelection.getState().edgeIds);
      for (const c of selection) {
        if (c.selected) current.add(c.id);
        else current.delete(c.id);
      }
      select(useSelection.getState().nodeIds, [...current]);
    },
    [select],
  );

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const kind = event.dataTransfer.getData(PALETTE_MIME);
    if (!isKindId(kind) || !flow || locked) return;
    const p = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const result = addNode(kind, { x: p.x - 100, y: p.y - 30 });
    if (result.ok && result.id) select([result.id]);
    else if (!result.ok) notify('error', result.reason);
  };

  return (
    <div
      className="@container relative h-full w-full"
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      data-testid="canvas"
    >
      <ReactFlow<ServiceFlowNode, IntegrationFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onInit={(instance: ReactFlowInstance<ServiceFlowNode, IntegrationFlowEdge>) =>
          setFlow(instance as unknown as ReactFlowInstance)
        }
        deleteKeyCode={null}
        nodesDraggable={!locked}
        nodesConnectable={!locked}
        // Space is Play / Pause (src/ui/commands); dragging the pane still pans.
        panActivationKeyCode={null}
        multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
        fitView={fitOnOpen}
        fitViewOptions={{ padding: 0.2, maxZoom: 1.2 }}
        minZoom={0.2}
        maxZoom={2.5}
        proOptions={{ hideAttribution: false }}
        ariaLabelConfig={{
          'node.a11yDescription.default':
            'Press Enter or Space to select, arrow keys to move. Press C to connect the selected node.',
        }}
      >
        {stage >= 1 && <Background gap={20} size={1} />}
        {stage >= 2 && <Controls position="bottom-left" showInteractive={false} />}
        {stage >= 3 && (
          <MiniMap
            position="bottom-right"
            pannable
            zoomable
            ariaLabel="Minimap of the diagram"
            // Sized through style: React Flow sizes the minimap's drawing from it (a class
            // would shrink the panel and crop the drawing).
            style={{ width: 160, height: 112 }}
          />
        )}
        {stage >= 4 && <Overlay />}
      </ReactFlow>
      <EdgeLegend />
      <EmptyCanvasHint />
    </div>
  );
}
