import type { TemplateKind } from '@salesbot/policy';
import { useEffect, useState } from 'react';
import type { WorkspaceTemplate } from '../api/apiTypes.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { Icon } from '../ui/Icon.tsx';
import { TemplateCategoryBadge, TemplateStatusBadge } from './TemplateStatusBadge.tsx';
import { useTemplates } from './useTemplates.ts';

/** Chooses one of the workspace's templates (of `kind`), showing language, category and approval status. */
export function TemplatePicker({
  kind,
  onPick,
  onClose,
}: {
  kind: TemplateKind;
  onPick: (template: WorkspaceTemplate) => void;
  onClose: () => void;
}) {
  const { templates, status, error, load } = useTemplates();
  const [query, setQuery] = useState('');
  useEffect(() => {
    void load();
  }, [load]);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = templates
    .filter((template) => (template.kind ?? 'custom') === kind)
    .filter((template) =>
      words.every((word) => `${template.name} ${template.language} ${template.category}`.toLowerCase().includes(word)),
    );
  return (
    <Dialog
      title={
        kind === 'carousel'
          ? 'Choose a carousel template'
          : kind === 'flow'
            ? 'Choose a Flow template'
            : 'Choose a template'
      }
      icon="template"
      wide
      onClose={onClose}
    >
      <div className="search" style={{ width: '100%', marginBottom: 12 }}>
        <Icon name="search" size={16} />
        <input
          className="input"
          placeholder="Search by name or language"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-autofocus
        />
      </div>
      {status === 'loading' ? <p className="muted">Loading templates…</p> : null}
      {status === 'error' ? (
        <p className="pfield__problem">
          <Icon name="error" size={13} /> {error}{' '}
          <button type="button" className="btn btn--sm" onClick={() => void load(true)}>
            Retry
          </button>
        </p>
      ) : null}
      {status === 'ready' && matching.length === 0 ? (
        <EmptyState icon="template" title="No template to choose">
          {query
            ? `No ${kind} template matches “${query}”.`
            : `This workspace has no ${kind === 'custom' ? '' : `${kind} `}templates yet. Templates are created and approved in Meta's WhatsApp Manager, then synced.`}
        </EmptyState>
      ) : null}
      <ul className="tpl-list">
        {matching.map((template) => (
          <li key={template.id}>
            <button type="button" className="tpl-item" onClick={() => onPick(template)} data-template={template.name}>
              <span className="tpl-item__main">
                <span className="tpl-item__name">{template.name}</span>
                <span className="tpl-item__body">{bodyText(template)}</span>
              </span>
              <span className="tpl-item__lang">{template.language}</span>
              <TemplateCategoryBadge category={String(template.category)} />
              <TemplateStatusBadge status={template.status} />
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

function bodyText(template: WorkspaceTemplate): string {
  return template.components.find((c) => String(c.type).toLowerCase() === 'body')?.text ?? '';
}
