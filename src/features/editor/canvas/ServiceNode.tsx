import { memo } from 'react';
import { Handle, Position, useStore, type NodeProps } from '@xyflow/react';
import { getKind } from '../../../domain/catalog/index.ts';
import { Icon } from '../../../ui/Icon.tsx';
import { useDiagram } from '../../../store/diagram-store.ts';
import { nodeFacts } from './node-facts.ts';
import { labelPx, MIN_SCREEN_PX, PRESENTER_SCREEN_PX, showIcon } from './label-scale.ts';
import { usePresenter } from '../presenter/presenter-store.ts';
import type { ServiceFlowNode } from './flow-types.ts';
import { useExplorerSlot } from '../../../ui/explorer-slots.tsx';

/**
 * A node on the canvas. Subscribes only to its own node's config, so edits elsewhere stay cheap,
 * and to the zoom step (label-scale.ts): zoomed out, the card shows its name, large enough to
 * read, and keeps the kind and settings for screen readers and the tooltip.
 */
export const ServiceNode = memo(function ServiceNode({
  id,
  data,
  selected,
}: NodeProps<ServiceFlowNode>) {
  const kind = getKind(data.kind);
  const NodeExtras = useExplorerSlot('NodeExtras');
  const facts = useDiagram((s) => {
    const node = s.scenario.nodes.find((n) => n.id === id);
    return node ? nodeFacts(node, s.scenario.traffic[id]) : '';
  });
  const minPx = usePresenter((s) => (s.on ? PRESENTER_SCREEN_PX : MIN_SCREEN_PX));
  const bigLabel = useStore((s) => labelPx(s.transform[2], minPx));
  const icon = useStore((s) => showIcon(s.transform[2]));
  const detail = bigLabel ? 'sr-only' : 'truncate text-[11px] leading-tight';
  return (
    <div
      className={`flex w-[200px] items-stretch overflow-hidden rounded-lg border bg-white shadow-sm dark:bg-slate-900 ${
        selected
          ? 'border-blue-600 ring-2 ring-blue-500/60'
          : 'border-slate-300 dark:border-slate-600'
      }`}
    >
      <div className="w-1.5 shrink-0" style={{ background: kind.color }} aria-hidden="true" />
      <div className="flex min-w-0 flex-1 flex-col">
        <div className="flex min-w-0 items-center gap-2 px-2.5 py-2">
          {icon && (
            <span className="rounded-md p-1" style={{ background: `${kind.color}1f` }}>
              <Icon name={kind.icon} color={kind.color} />
            </span>
          )}
          <div className="min-w-0">
            <div
              className={
                bigLabel
                  ? 'line-clamp-2 font-semibold leading-tight break-words'
                  : 'truncate text-sm font-semibold leading-tight'
              }
              style={bigLabel ? { fontSize: bigLabel } : undefined}
              title={[data.label, kind.shortLabel, facts].filter(Boolean).join(' · ')}
              data-testid="node-label"
              data-node-label
            >
              {data.label}
            </div>
            <div className={`${detail} text-slate-600 dark:text-slate-400`}>{kind.shortLabel}</div>
            {facts && <div className={`${detail} text-slate-500 dark:text-slate-400`}>{facts}</div>}
          </div>
        </div>
        <NodeExtras nodeId={id} kind={data.kind} />
      </div>
      {kind.group !== 'event' && (
        <Handle type="target" position={Position.Left} className="!h-3 !w-3 !bg-slate-500" />
      )}
      <Handle type="source" position={Position.Right} className="!h-3 !w-3 !bg-slate-500" />
    </div>
  );
});
