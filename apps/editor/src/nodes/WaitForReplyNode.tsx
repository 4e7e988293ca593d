import type { ReplyValidation } from '@salesbot/graph';
import { formatDuration } from '@salesbot/graph';
import type { NodeProps } from '@xyflow/react';
import { CompactLine } from './CompactLine.tsx';
import { NodeCard } from './NodeCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** Waits for the customer's answer and stores it in a variable. */
export function WaitForReplyNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'waitForReply');
  if (!node) return null;
  const { variable, validation, timeout } = node.data;
  return (
    <NodeCard node={node} selected={selected}>
      <CompactLine label="Expect">{describeValidation(validation)}</CompactLine>
      <CompactLine label="Save to" missing="Choose a variable">
        {variable ? <span className="var-chip">{variable}</span> : null}
      </CompactLine>
      {timeout ? <CompactLine label="Wait up to">{formatDuration(timeout)}</CompactLine> : null}
    </NodeCard>
  );
}

/** "A number from 1 to 10", "An email address", … */
export function describeValidation(validation: ReplyValidation): string {
  switch (validation.kind) {
    case 'text':
      return validation.maxLength ? `Text up to ${validation.maxLength} characters` : 'Any text';
    case 'number': {
      const kind = validation.integer ? 'A whole number' : 'A number';
      if (validation.min !== undefined && validation.max !== undefined)
        return `${kind} from ${validation.min} to ${validation.max}`;
      if (validation.min !== undefined) return `${kind} ≥ ${validation.min}`;
      if (validation.max !== undefined) return `${kind} ≤ ${validation.max}`;
      return kind;
    }
    case 'email':
      return 'An email address';
    case 'phone':
      return 'A phone number';
    case 'regex':
      return `Text matching /${validation.pattern}/`;
    case 'choice':
      return validation.choices.length > 0 ? `One of: ${validation.choices.join(', ')}` : 'One of a list';
  }
}
