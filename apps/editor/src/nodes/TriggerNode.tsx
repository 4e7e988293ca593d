import { Handle, type NodeProps, Position } from '@xyflow/react';
import { useEditor } from '../store/EditorStoreContext.tsx';
import { Icon, type IconName } from '../ui/Icon.tsx';
import { describeTrigger } from './describeTrigger.ts';
import { ProblemBadge } from './ProblemBadge.tsx';

/** The React Flow id of a trigger's start card. */
export const triggerNodeId = (triggerId: string) => `trigger:${triggerId}`;

/** A start card: what starts the flow, and a handle whose connection is the trigger's first step. */
export function TriggerNode({ id, selected }: NodeProps) {
  const triggerId = id.slice('trigger:'.length);
  const trigger = useEditor((state) => state.graph.triggers.find((t) => t.id === triggerId));
  if (!trigger) return null;
  const { title, detail } = describeTrigger(trigger);
  const icon: IconName =
    trigger.type === 'stageChanged'
      ? 'stage'
      : trigger.type === 'api'
        ? 'api'
        : trigger.type === 'broadcastReply'
          ? 'broadcasts'
          : trigger.match.kind === 'keyword'
            ? 'hash'
            : trigger.match.kind === 'referral'
              ? 'megaphone'
              : 'bolt';
  return (
    <div className={`trigger-card${selected ? ' is-selected' : ''}`} data-testid={`trigger-${triggerId}`}>
      <div className="trigger-card__icon">
        <Icon name={icon} size={17} strokeWidth={2} />
      </div>
      <div className="trigger-card__text">
        <span className="trigger-card__eyebrow">
          Starts when <ProblemBadge targetKey={id} />
        </span>
        <span className="trigger-card__title">{title}</span>
        {detail ? <span className="trigger-card__detail">{detail}</span> : null}
      </div>
      <Handle
        type="source"
        position={Position.Right}
        id="start"
        className={`out-handle out-handle--start${trigger.nodeId ? ' is-connected' : ' is-open'}`}
        title="First step"
      />
    </div>
  );
}
