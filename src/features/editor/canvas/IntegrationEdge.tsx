import { memo } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { EDGE_STYLE, type IntegrationFlowEdge } from './flow-types.ts';

export const IntegrationEdge = memo(function IntegrationEdge(
  props: EdgeProps<IntegrationFlowEdge>,
) {
  const [path] = getBezierPath(props);
  const style = EDGE_STYLE[props.data?.model ?? 'sync'];
  return (
    <BaseEdge
      id={props.id}
      path={path}
      markerEnd={props.markerEnd}
      interactionWidth={16}
      style={{
        stroke: props.selected ? '#2563eb' : 'var(--sx-edge, #64748b)',
        strokeWidth: props.selected ? style.width + 1 : style.width,
        strokeDasharray: style.dash,
      }}
    />
  );
});
