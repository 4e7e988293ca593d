import type { NodeProps } from '@xyflow/react';
import { CompactLine, TextWithVars } from './CompactLine.tsx';
import { NodeCard } from './NodeCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** Sets a variable or a contact field. */
export function SetFieldNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'setField');
  if (!node) return null;
  const { scope, name, value } = node.data;
  return (
    <NodeCard node={node} selected={selected}>
      <CompactLine label={scope === 'contact' ? 'Contact field' : 'Variable'} missing="Choose a name">
        {name ? <span className="var-chip">{scope === 'contact' ? `contact.${name}` : name}</span> : null}
      </CompactLine>
      <CompactLine label="Value" missing="Empty">
        {value ? <TextWithVars text={value} /> : null}
      </CompactLine>
    </NodeCard>
  );
}
