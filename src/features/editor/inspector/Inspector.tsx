import { useDiagram } from '../../../store/diagram-store.ts';
import { useSelection } from '../../../store/selection-store.ts';
import { EdgeInspector } from './EdgeInspector.tsx';
import { NodeInspector } from './NodeInspector.tsx';
import { ScenarioInspector } from './ScenarioInspector.tsx';

export function Inspector() {
  const nodeIds = useSelection((s) => s.nodeIds);
  const edgeIds = useSelection((s) => s.edgeIds);
  const node = useDiagram((s) =>
    nodeIds.length === 1 ? s.scenario.nodes.find((n) => n.id === nodeIds[0]) : undefined,
  );
  const edge = useDiagram((s) =>
    nodeIds.length === 0 && edgeIds.length === 1
      ? s.scenario.edges.find((e) => e.id === edgeIds[0])
      : undefined,
  );
  const many = nodeIds.length + edgeIds.length > 1;
  return (
    <aside aria-label="Inspector" className="h-full overflow-y-auto p-4">
      {node ? (
        <NodeInspector key={node.id} node={node} />
      ) : edge ? (
        <EdgeInspector edge={edge} />
      ) : many ? (
        <p className="text-sm">
          {nodeIds.length} nodes and {edgeIds.length} connections selected. Delete, duplicate or
          copy them with the shortcuts (press ? for the list).
        </p>
      ) : (
        <ScenarioInspector />
      )}
    </aside>
  );
}
