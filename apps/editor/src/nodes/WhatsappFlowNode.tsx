import type { NodeOf } from '@salesbot/graph';
import type { NodeProps } from '@xyflow/react';
import { Icon } from '../ui/Icon.tsx';
import { MessageNodeBody, useRenderedMessage } from './MessageNodeBody.tsx';
import { NodeCard } from './NodeCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** A WhatsApp Flow: the message that opens it, then a summary of its screens and fields. */
export function WhatsappFlowNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'whatsappFlow');
  return node ? <WhatsappFlowCard node={node} selected={selected} /> : null;
}

function WhatsappFlowCard({ node, selected }: { node: NodeOf<'whatsappFlow'>; selected: boolean }) {
  const message = useRenderedMessage(node);
  const { screens, answers, template } = node.data;
  return (
    <NodeCard node={node} selected={selected} chat>
      <MessageNodeBody node={node} message={message} />
      <div className="flow-screens">
        {screens.map((screen, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: screen ids may repeat while being typed
          <div key={`${screen.id}-${index}`} className="flow-screen">
            <div className="flow-screen__title">
              <span className="flow-screen__index">{index + 1}</span>
              {screen.title || screen.id}
            </div>
            {screen.fields.length === 0 ? (
              <div className="flow-screen__empty">No fields yet</div>
            ) : (
              <ul className="flow-screen__fields">
                {screen.fields.map((field, fieldIndex) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fields are positional
                  <li key={fieldIndex}>
                    {field.label || field.name}
                    {field.required ? <span className="flow-screen__req">*</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
        <div className="flow-screens__foot">
          {answers.length > 0
            ? `${answers.length} ${answers.length === 1 ? 'answer' : 'answers'} saved to variables`
            : 'Answers not saved yet'}
          {template ? (
            <span className="flow-screens__tpl">
              <Icon name="template" size={12} /> Template fallback
            </span>
          ) : null}
        </div>
      </div>
    </NodeCard>
  );
}
