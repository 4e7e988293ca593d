import type { TemplateParam } from '@salesbot/graph';
import { useEffect, useState } from 'react';
import type { ContactFieldInfo, WorkspaceTemplate } from '../api/apiTypes.ts';
import { api } from '../auth/session.ts';
import { TemplateCategoryBadge, TemplateStatusBadge } from '../templates/TemplateStatusBadge.tsx';
import { useTemplates } from '../templates/useTemplates.ts';
import type { BroadcastMessageStep, SendMode } from './broadcastTypes.ts';
import { messageFromTemplate } from './messageFromTemplate.ts';

type Data = Record<string, unknown>;

/** Step 2: an approved utility or marketing template, its parameters from contact fields, and the channel. */
export function MessageStep({
  message,
  sendMode,
  coexistence,
  onChange,
}: {
  message: BroadcastMessageStep | null;
  sendMode: SendMode;
  coexistence: boolean;
  onChange: (message: BroadcastMessageStep | null, sendMode: SendMode) => void;
}) {
  const { templates, status, load } = useTemplates();
  const [fields, setFields] = useState<ContactFieldInfo[]>([]);
  useEffect(() => {
    void load(true);
    void api.listContactFields().then(setFields, () => setFields([]));
  }, [load]);
  const placeholders = [
    'contact.first_name',
    'contact.name',
    'contact.phone',
    ...fields.map((field) => `contact.${field.name}`),
  ].filter((key, index, all) => all.indexOf(key) === index);

  const chosen = message
    ? templates.find((t) => t.name === message.data.name && t.language === message.data.language)
    : undefined;
  const category = String(chosen?.category ?? message?.data.category ?? '');
  const setData = (data: Data) => message && onChange({ ...message, data: { ...message.data, ...data } }, sendMode);

  return (
    <div className="bc-step bc-message">
      <div className="bc-templates">
        <h3 className="bc-h3">Template</h3>
        {status === 'loading' ? <p className="muted">Loading templates…</p> : null}
        {status === 'ready' && templates.length === 0 ? (
          <p className="muted">No template yet: create one in WhatsApp Manager, wait for its approval and sync.</p>
        ) : null}
        <ul className="bc-template-list">
          {templates.map((template) => {
            const why = unusable(template);
            const selected = chosen?.id === template.id;
            return (
              <li key={template.id}>
                <button
                  type="button"
                  className={`bc-template${selected ? ' is-selected' : ''}`}
                  disabled={why !== null}
                  title={why ?? undefined}
                  data-template={template.name}
                  onClick={() =>
                    onChange(
                      messageFromTemplate(template),
                      String(template.category).toLowerCase() === 'marketing' ? sendMode : 'cloud',
                    )
                  }
                >
                  <span className="bc-template__name">{template.name}</span>
                  <span className="bc-template__body">{bodyOf(template)}</span>
                  <span className="bc-template__meta">
                    <span className="muted">{template.language}</span>
                    <TemplateCategoryBadge category={String(template.category).toLowerCase()} />
                    {template.kind !== 'custom' ? <span className="badge">{template.kind}</span> : null}
                    <TemplateStatusBadge status={template.status} />
                  </span>
                  {why ? <span className="bc-template__why">{why}</span> : null}
                </button>
              </li>
            );
          })}
        </ul>
      </div>

      {message ? (
        <div className="bc-params">
          <h3 className="bc-h3">Parameters</h3>
          <p className="muted bc-note">
            Each parameter takes text and contact fields such as <code>{'{{contact.first_name}}'}</code>; a contact for
            whom one would be empty is excluded with that reason.
          </p>
          <ParamsEditor message={message} placeholders={placeholders} setData={setData} />
          <h3 className="bc-h3">Send through</h3>
          <div className="bc-radios">
            <label className="checkbox">
              <input
                type="radio"
                name="sendMode"
                checked={sendMode === 'cloud'}
                onChange={() => onChange(message, 'cloud')}
              />
              Cloud API
            </label>
            <label className={`checkbox${category !== 'marketing' || coexistence ? ' is-disabled' : ''}`}>
              <input
                type="radio"
                name="sendMode"
                checked={sendMode === 'marketingLite'}
                disabled={category !== 'marketing' || coexistence}
                onChange={() => onChange(message, 'marketingLite')}
              />
              Marketing Messages Lite
              <span className="muted bc-note">
                {category !== 'marketing'
                  ? ' (marketing templates only)'
                  : coexistence
                    ? ' (not available for numbers shared with the WhatsApp Business app)'
                    : " (Meta's delivery optimisation for marketing templates)"}
              </span>
            </label>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** The parameter inputs of a template or carousel step. */
function ParamsEditor({
  message,
  placeholders,
  setData,
}: {
  message: BroadcastMessageStep;
  placeholders: string[];
  setData: (data: Data) => void;
}) {
  const data = message.data as unknown as Data & {
    header?: { format: string; params?: TemplateParam[]; link?: string; text?: string };
    bodyParams: TemplateParam[];
    buttons?: { type: string; text: string; param?: string; code?: string }[];
    cards?: { header: { format: string; link?: string }; bodyParams: TemplateParam[] }[];
  };
  const params = (list: TemplateParam[], onList: (next: TemplateParam[]) => void, where: string) =>
    list.map((param, index) => (
      <ParamInput
        // biome-ignore lint/suspicious/noArrayIndexKey: parameters are positional
        key={`${where}${index}`}
        label={`${where}${param.name ? `{{${param.name}}}` : `{{${index + 1}}}`}`}
        value={param.value}
        placeholders={placeholders}
        onChange={(value) => onList(list.map((old, at) => (at === index ? { ...old, value } : old)))}
      />
    ));
  const header = data.header;
  return (
    <div className="bc-param-list">
      {header?.format === 'text' && header.params
        ? params(header.params, (next) => setData({ header: { ...header, params: next } }), 'Header ')
        : null}
      {header && ['image', 'video', 'document'].includes(header.format) ? (
        <ParamInput
          label={`Header ${header.format} (link)`}
          value={header.link ?? ''}
          placeholders={[]}
          onChange={(link) => setData({ header: { ...header, link } })}
        />
      ) : null}
      {params(data.bodyParams, (next) => setData({ bodyParams: next }), 'Body ')}
      {(data.buttons ?? []).map((button, index) =>
        button.param !== undefined || button.type === 'copyCode' ? (
          <ParamInput
            // biome-ignore lint/suspicious/noArrayIndexKey: buttons are positional
            key={`button${index}`}
            label={button.type === 'copyCode' ? `"${button.text}" code` : `"${button.text}" link ending`}
            value={(button.type === 'copyCode' ? button.code : button.param) ?? ''}
            placeholders={placeholders}
            onChange={(value) =>
              setData({
                buttons: (data.buttons ?? []).map((old, at) =>
                  at === index ? { ...old, ...(old.type === 'copyCode' ? { code: value } : { param: value }) } : old,
                ),
              })
            }
          />
        ) : null,
      )}
      {(data.cards ?? []).map((card, cardIndex) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: cards are positional
        <div key={cardIndex} className="bc-card-params">
          <ParamInput
            label={`Card ${cardIndex + 1} ${card.header.format} (link)`}
            value={card.header.link ?? ''}
            placeholders={[]}
            onChange={(link) =>
              setData({
                cards: (data.cards ?? []).map((old, at) =>
                  at === cardIndex ? { ...old, header: { ...old.header, link } } : old,
                ),
              })
            }
          />
          {params(
            card.bodyParams,
            (next) =>
              setData({
                cards: (data.cards ?? []).map((old, at) => (at === cardIndex ? { ...old, bodyParams: next } : old)),
              }),
            `Card ${cardIndex + 1} `,
          )}
        </div>
      ))}
      {data.bodyParams.length === 0 && !header && (data.cards ?? []).length === 0 ? (
        <p className="muted">This template has no parameter.</p>
      ) : null}
    </div>
  );
}

/** A parameter: free text, with a menu that inserts a contact field. */
function ParamInput({
  label,
  value,
  placeholders,
  onChange,
}: {
  label: string;
  value: string;
  placeholders: string[];
  onChange: (value: string) => void;
}) {
  return (
    <label className="bc-field">
      <span className="bc-field__label">{label}</span>
      <span className="bc-row">
        <input className="input" value={value} aria-label={label} onChange={(event) => onChange(event.target.value)} />
        {placeholders.length > 0 ? (
          <select
            className="select select--sm bc-insert"
            value=""
            aria-label={`Insert a contact field into ${label}`}
            onChange={(event) => event.target.value && onChange(`${value}{{${event.target.value}}}`)}
          >
            <option value="">+ field</option>
            {placeholders.map((key) => (
              <option key={key} value={key}>
                {key.replace('contact.', '')}
              </option>
            ))}
          </select>
        ) : null}
      </span>
    </label>
  );
}

/** Why a template cannot be broadcast, or null. */
function unusable(template: WorkspaceTemplate): string | null {
  const category = String(template.category).toLowerCase();
  if (category === 'authentication') return 'Authentication templates are not supported.';
  if (template.status !== 'APPROVED') return 'Only approved templates can be sent.';
  if (template.kind === 'carousel' && category !== 'marketing') return 'Carousels must be marketing templates.';
  return null;
}

function bodyOf(template: WorkspaceTemplate): string {
  return template.components.find((component) => String(component.type).toLowerCase() === 'body')?.text ?? '';
}
