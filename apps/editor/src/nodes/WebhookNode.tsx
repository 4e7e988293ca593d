import type { NodeProps } from '@xyflow/react';
import { CompactLine, TextWithVars } from './CompactLine.tsx';
import { NodeCard } from './NodeCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** Calls an HTTP API and stores parts of its answer. */
export function WebhookNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'webhook');
  if (!node) return null;
  const { method, url, responseMappings } = node.data;
  return (
    <NodeCard node={node} selected={selected}>
      <div className="webhook-line">
        <span className={`method method--${method.toLowerCase()}`}>{method}</span>
        <span className="webhook-line__url">{url ? <TextWithVars text={url} /> : <i>No URL</i>}</span>
      </div>
      {responseMappings.length > 0 ? (
        <CompactLine label="Saves">{responseMappings.map((m) => m.variable || '?').join(', ')}</CompactLine>
      ) : null}
    </NodeCard>
  );
}
