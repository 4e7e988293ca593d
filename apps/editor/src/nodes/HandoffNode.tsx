import type { NodeProps } from '@xyflow/react';
import { CompactLine, TextWithVars } from './CompactLine.tsx';
import { NodeCard } from './NodeCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** Hands the chat to a team or an agent; the bot stops. */
export function HandoffNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'handoff');
  if (!node) return null;
  const { team, agent, note } = node.data;
  return (
    <NodeCard node={node} selected={selected}>
      <CompactLine label="Assign to">
        {agent ? `Agent ${agent}` : team ? `Team ${team}` : 'Anyone in the inbox'}
      </CompactLine>
      {note ? (
        <div className="compact-note">
          <TextWithVars text={note} />
        </div>
      ) : null}
    </NodeCard>
  );
}
