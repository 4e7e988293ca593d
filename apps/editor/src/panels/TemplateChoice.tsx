import type { ReactNode } from 'react';
import { TemplateCategoryBadge, TemplateStatusBadge } from '../templates/TemplateStatusBadge.tsx';
import { findTemplate, useTemplates } from '../templates/useTemplates.ts';
import { Icon } from '../ui/Icon.tsx';
import { Field } from './fields/Field.tsx';

/** The chosen template (name, language, category, approval status) and the button to choose another. */
export function TemplateChoice({
  name,
  language,
  category,
  onChoose,
  extra,
}: {
  name: string;
  language: string;
  category: string;
  onChoose: () => void;
  extra?: ReactNode;
}) {
  const status = useTemplates((state) => (name ? findTemplate(state.templates, name, language)?.status : undefined));
  const loaded = useTemplates((state) => state.status === 'ready');
  return (
    <Field label="Template" path="name">
      {name ? (
        <div className="tpl-choice">
          <div className="tpl-choice__top">
            <span className="tpl-choice__name">{name}</span>
            <span className="tpl-item__lang">{language}</span>
          </div>
          <div className="tpl-choice__badges">
            <TemplateCategoryBadge category={category} />
            {loaded ? <TemplateStatusBadge status={status} /> : null}
          </div>
          {extra}
          <button type="button" className="btn btn--sm" onClick={onChoose} data-path="name">
            <Icon name="template" size={14} />
            Change template
          </button>
        </div>
      ) : (
        <button type="button" className="btn btn--primary tpl-choose" onClick={onChoose} data-path="name">
          <Icon name="template" size={16} />
          Choose a template
        </button>
      )}
    </Field>
  );
}
