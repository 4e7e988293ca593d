import { getNodeOutputs, nodeDefinitions } from '@salesbot/graph';
import { Handle, type NodeProps, Position, type ReactFlowState, useStore, useStoreApi } from '@xyflow/react';
import { type ComponentType, useState } from 'react';
import { useEditorApi } from '../store/EditorStoreContext.tsx';
import { Icon } from '../ui/Icon.tsx';
import { OutputHandle } from './NodeCard.tsx';
import { groupClass, stepIcons } from './stepIcons.ts';
import { useGraphNode } from './useGraphNode.ts';

const CARD = { width: 288, height: 160 };
const MARGIN = 200;
/** Below this zoom the bubbles are unreadable: steps draw as their title bar (far cheaper for big flows). */
const FAR_ZOOM = 0.4;

/**
 * React Flow renders every node once to measure it, visible or not, before culling the invisible ones
 * (`onlyRenderVisibleElements`). A step outside the viewport therefore first renders as a light card with the same
 * handles, and becomes the full card as soon as it is in view. Zoomed far out, steps draw as their title only.
 */
export function withFirstRenderCulling(Card: ComponentType<NodeProps>): ComponentType<NodeProps> {
  function CulledCard(props: NodeProps) {
    const rf = useStoreApi();
    const x = props.positionAbsoluteX;
    const y = props.positionAbsoluteY;
    const [startedInView] = useState(() => isInView(rf.getState(), x, y));
    const inView = useStore((state) => startedInView || isInView(state, x, y));
    const far = useStore((state) => state.transform[2] < FAR_ZOOM);
    return inView && !far ? <Card {...props} /> : <StepSkeleton id={props.id} selected={props.selected} titled={far} />;
  }
  CulledCard.displayName = `Culled(${Card.displayName ?? Card.name})`;
  return CulledCard;
}

/** A card-sized box with the step's handles (and, zoomed out, its title). */
function StepSkeleton({ id, selected, titled }: { id: string; selected: boolean; titled: boolean }) {
  const node = useGraphNode(id);
  const size = useEditorApi().getState().measured.get(id) ?? CARD;
  if (!node) return null;
  const definition = nodeDefinitions[node.type];
  return (
    <div
      className={`node-skeleton node-card--${groupClass[definition.group]}${selected ? ' is-selected' : ''}`}
      style={{ width: size.width, height: size.height }}
    >
      <Handle type="target" position={Position.Left} id="in" className="in-handle" />
      {titled ? (
        <div className="node-skeleton__title">
          <span className="node-card__icon">
            <Icon name={stepIcons[node.type]} size={15} strokeWidth={2} />
          </span>
          <span>{node.label || definition.label}</span>
        </div>
      ) : null}
      {getNodeOutputs(node).map((output) => (
        <OutputHandle key={output.id} output={output} connected={false} />
      ))}
    </div>
  );
}

function isInView(state: ReactFlowState, x: number, y: number): boolean {
  const [tx, ty, zoom] = state.transform;
  const left = x * zoom + tx;
  const top = y * zoom + ty;
  return (
    left + CARD.width * zoom > -MARGIN &&
    top + CARD.height * zoom > -MARGIN &&
    left < state.width + MARGIN &&
    top < state.height + MARGIN
  );
}
