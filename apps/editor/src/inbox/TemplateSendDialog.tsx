import { useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import type { WorkspaceTemplate } from '../api/apiTypes.ts';
import { TemplateCategoryBadge } from '../templates/TemplateStatusBadge.tsx';
import { useTemplates } from '../templates/useTemplates.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { Icon } from '../ui/Icon.tsx';
import { showToast } from '../ui/toasts.tsx';
import { MessageBubble } from '../whatsapp/MessageBubble.tsx';
import { BUILTIN_FIELD_LABELS, contactValues } from './contactValues.ts';
import { inboxApi } from './inboxApi.ts';
import { useInbox } from './inboxStore.ts';
import type { InboxConversation } from './inboxTypes.ts';
import { PriceTag } from './PriceTag.tsx';
import { manualSendCheck } from './sendCheck.ts';
import { createTemplateDraft, renderTemplateDraft, type SlotSource, type TemplateDraft } from './templateDraft.ts';

/**
 * Picks an approved template, fills its parameters from the contact's fields (or typed text), shows it as the
 * customer will see it with its price category, and sends it. Only approved text/media templates are offered.
 */
export function TemplateSendDialog({
  conversation,
  now,
  onClose,
}: {
  conversation: InboxConversation;
  now: number;
  onClose: () => void;
}) {
  const { templates, status, error, load } = useTemplates();
  useEffect(() => {
    void load(true);
  }, [load]);
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState<TemplateDraft | null>(null);
  const [busy, setBusy] = useState(false);
  const values = useMemo(() => contactValues(conversation.contact), [conversation.contact]);
  const approved = templates.filter(
    (template) => template.status === 'APPROVED' && (template.kind ?? 'custom') === 'custom',
  );
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = approved.filter((template) =>
    words.every((word) => `${template.name} ${template.language} ${template.category}`.toLowerCase().includes(word)),
  );
  const pick = (template: WorkspaceTemplate) => setDraft(createTemplateDraft(template, values));
  const rendered = draft ? renderTemplateDraft(draft, values) : null;
  const check = draft ? manualSendCheck(conversation, 'template', now, draft.template) : null;
  const fieldOptions = [
    ...new Set([...Object.keys(BUILTIN_FIELD_LABELS), ...Object.keys(conversation.contact.fields)]),
  ];

  const setSource = (slotId: string, source: SlotSource) =>
    setDraft((old) =>
      old ? { ...old, slots: old.slots.map((slot) => (slot.id === slotId ? { ...slot, source } : slot)) } : old,
    );

  const send = async () => {
    if (!draft || !rendered || rendered.missing.length > 0 || !check?.allowed) return;
    setBusy(true);
    try {
      await inboxApi.send(conversation.id, { message: rendered.message });
      showToast(
        `Template “${draft.template.name}” sent · ${check.price === 'free' ? 'free' : `charged as ${check.price}`}`,
      );
      onClose();
      await useInbox.getState().refreshOpen();
    } catch (sendError) {
      showToast(errorMessage(sendError), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Send a template"
      icon="template"
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn--primary"
            disabled={!rendered || rendered.missing.length > 0 || !check?.allowed || busy}
            onClick={() => void send()}
            data-testid="template-send"
          >
            {busy ? <span className="spinner" /> : <Icon name="publish" size={16} />} Send template
          </button>
        </>
      }
    >
      <div className="tsend" data-testid="template-dialog">
        <div className="tsend__list">
          <div className="search" style={{ width: '100%', marginBottom: 8 }}>
            <Icon name="search" size={16} />
            <input
              className="input"
              placeholder="Search templates"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              data-autofocus
            />
          </div>
          {status === 'error' ? <p className="pfield__problem">{error}</p> : null}
          {status === 'ready' && matching.length === 0 ? (
            <EmptyState icon="template" title="No approved template">
              Templates are created and approved in Meta's WhatsApp Manager; approved ones appear here.
            </EmptyState>
          ) : null}
          <ul className="tsend__items">
            {matching.map((template) => (
              <li key={template.id}>
                <button
                  type="button"
                  className={`tsend__item${draft?.template.id === template.id ? ' is-current' : ''}`}
                  onClick={() => pick(template)}
                  data-template={template.name}
                >
                  <span className="tsend__name">{template.name}</span>
                  <span className="tsend__meta">
                    {template.language} <TemplateCategoryBadge category={String(template.category)} />
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div className="tsend__detail">
          {!draft || !rendered ? (
            <p className="muted tsend__hint">
              Choose a template. Its parameters are filled from {conversation.contact.name ?? 'the contact'}’s fields
              where they fit; you can change each one.
            </p>
          ) : (
            <>
              {draft.slots.length > 0 ? (
                <div className="tsend__slots">
                  {draft.slots.map((slot) => (
                    <div key={slot.id} className="tslot" data-slot={slot.id}>
                      <span className="tslot__label">{slot.label}</span>
                      {slot.kind === 'text' ? (
                        <select
                          className="select select--sm"
                          value={slot.source.kind === 'field' ? slot.source.field : ''}
                          onChange={(event) =>
                            setSource(
                              slot.id,
                              event.target.value
                                ? { kind: 'field', field: event.target.value }
                                : { kind: 'text', text: '' },
                            )
                          }
                          aria-label={`${slot.label}: source`}
                        >
                          <option value="">Type a value</option>
                          {fieldOptions.map((field) => (
                            <option key={field} value={field}>
                              Contact · {BUILTIN_FIELD_LABELS[field] ?? field}
                            </option>
                          ))}
                        </select>
                      ) : null}
                      {slot.source.kind === 'text' ? (
                        <input
                          className="input input--sm"
                          value={slot.source.text}
                          placeholder={slot.kind === 'link' ? 'https://…' : 'Value'}
                          onChange={(event) => setSource(slot.id, { kind: 'text', text: event.target.value })}
                          aria-label={slot.label}
                          data-testid="template-slot-input"
                        />
                      ) : (
                        <span className="tslot__value">{values[slot.source.field] || <i>empty</i>}</span>
                      )}
                    </div>
                  ))}
                </div>
              ) : null}
              <div className="tsend__preview">
                <MessageBubble message={rendered.message} display={rendered.display} side="received" />
              </div>
              <div className="tsend__cost" data-testid="template-cost">
                {check?.allowed ? (
                  <>
                    <PriceTag price={check.price} reason={check.reason} />
                    <span>{check.reason}</span>
                  </>
                ) : (
                  <span className="pfield__problem">{check?.reason}</span>
                )}
              </div>
              {rendered.missing.length > 0 ? (
                <p className="tsend__missing">Fill in {rendered.missing.join(', ')} to send.</p>
              ) : null}
            </>
          )}
        </div>
      </div>
    </Dialog>
  );
}
