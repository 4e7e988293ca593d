import type { NodeOf } from '@salesbot/graph';
import { renderTemplateDisplay } from '@salesbot/whatsapp';
import { useMemo } from 'react';
import { TemplateCategoryBadge, TemplateStatusBadge } from '../templates/TemplateStatusBadge.tsx';
import { findTemplate, useTemplates } from '../templates/useTemplates.ts';
import { choiceOutputIds, MessageNodeBody, useRenderedMessage } from './MessageNodeBody.tsx';
import { NodeCard } from './NodeCard.tsx';
import { placeholderEcho } from './placeholderEcho.ts';

/** A template or carousel step: its approval status and category above the filled template. */
export function TemplateStepCard({ node, selected }: { node: NodeOf<'template' | 'carousel'>; selected: boolean }) {
  const message = useRenderedMessage(node);
  const display = useMemo(() => renderTemplateDisplay(node, placeholderEcho(node)), [node]);
  const status = useTemplates((state) =>
    state.status === 'ready'
      ? (findTemplate(state.templates, node.data.name, node.data.language)?.status ?? null)
      : undefined,
  );
  return (
    <NodeCard node={node} selected={selected} inlineOutputIds={choiceOutputIds(node)} chat>
      <div className="template-meta">
        <span className="template-meta__name" title={`${node.data.name} · ${node.data.language}`}>
          {node.data.name || 'No template chosen'}
          <span className="template-meta__lang">{node.data.language}</span>
        </span>
        <TemplateCategoryBadge category={node.data.category} />
        {status !== undefined && node.data.name ? <TemplateStatusBadge status={status ?? undefined} /> : null}
      </div>
      <MessageNodeBody node={node} message={message} display={display} />
    </NodeCard>
  );
}
