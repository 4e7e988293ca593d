import { useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import { formatDateTime } from '../ui/formatTime.ts';
import { Icon } from '../ui/Icon.tsx';
import { showToast } from '../ui/toasts.tsx';
import { crmApi } from './crmApi.ts';
import type { Contact, Lead } from './crmTypes.ts';
import { formatPhone } from './formatPhone.ts';
import { OptInBadge } from './OptInBadge.tsx';

/**
 * A contact's card: phone, consent (opted in or out, when, how and from where), tags, fields and leads — each
 * editable in place. `onChange` gets the saved contact.
 */
export function ContactCard({
  contact,
  leads,
  onChange,
}: {
  contact: Contact;
  leads: readonly Lead[];
  onChange: (contact: Contact) => void;
}) {
  const [tag, setTag] = useState('');
  const [field, setField] = useState({ name: '', value: '' });
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const save = async (call: () => Promise<Contact>) => {
    try {
      onChange(await call());
    } catch (error) {
      showToast(errorMessage(error), 'error');
    }
  };
  const fields = Object.entries(contact.fields).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div className="ccard" data-testid="contact-card" data-contact={contact.id}>
      <section className="ccard__section">
        <h3 className="ccard__title">Contact</h3>
        <dl className="ccard__list">
          <div>
            <dt>Phone</dt>
            <dd>{formatPhone(contact.waId)}</dd>
          </div>
          <div>
            <dt>First message</dt>
            <dd>{contact.firstInboundAt ? formatDateTime(contact.firstInboundAt) : 'Never wrote'}</dd>
          </div>
        </dl>
      </section>

      <section className="ccard__section" data-testid="contact-consent">
        <h3 className="ccard__title">Consent</h3>
        <div className="ccard__consent">
          <OptInBadge optIn={contact.optIn} marketingOptOut={contact.marketingOptOut} />
          <select
            className="select select--sm"
            value={contact.optIn}
            aria-label="Opt-in status"
            onChange={(event) =>
              void save(() =>
                crmApi.setOptIn(contact.id, {
                  status: event.target.value as Contact['optIn'],
                  method: 'set by an agent',
                  source: 'Salesbot inbox',
                }),
              )
            }
          >
            <option value="optedIn">Opted in</option>
            <option value="optedOut">Opted out</option>
            <option value="unknown">Unknown</option>
          </select>
        </div>
        {contact.optInAt ? (
          <p className="ccard__consent-detail" data-testid="consent-detail">
            {contact.optIn === 'optedOut' ? 'Opted out' : contact.optIn === 'optedIn' ? 'Opted in' : 'Changed'}{' '}
            {formatDateTime(contact.optInAt)}
            {contact.optInMethod ? ` · ${contact.optInMethod}` : ''}
            {contact.optInSource ? ` · ${contact.optInSource}` : ''}
          </p>
        ) : (
          <p className="ccard__consent-detail muted">No consent recorded yet.</p>
        )}
      </section>

      <section className="ccard__section">
        <h3 className="ccard__title">Tags</h3>
        <div className="ccard__tags">
          {contact.tags.map((name) => (
            <span key={name} className="tag" data-tag={name}>
              {name}
              <button
                type="button"
                aria-label={`Remove tag ${name}`}
                onClick={() =>
                  void save(() => crmApi.update(contact.id, { tags: contact.tags.filter((t) => t !== name) }))
                }
              >
                <Icon name="close" size={11} />
              </button>
            </span>
          ))}
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const value = tag.trim();
              if (!value) return;
              setTag('');
              void save(() => crmApi.update(contact.id, { tags: [...contact.tags, value] }));
            }}
          >
            <input
              className="input input--sm ccard__tag-input"
              placeholder="Add tag"
              value={tag}
              onChange={(event) => setTag(event.target.value)}
              aria-label="Add a tag"
            />
          </form>
        </div>
      </section>

      <section className="ccard__section">
        <h3 className="ccard__title">Fields</h3>
        <dl className="ccard__list ccard__fields">
          {fields.length === 0 ? <p className="muted">No fields yet.</p> : null}
          {fields.map(([name, value]) => (
            <div key={name} data-field={name}>
              <dt>{name}</dt>
              <dd>
                {editing === name ? (
                  <form
                    onSubmit={(event) => {
                      event.preventDefault();
                      setEditing(null);
                      void save(() => crmApi.update(contact.id, { fields: { [name]: draft } }));
                    }}
                  >
                    <input
                      className="input input--sm"
                      value={draft}
                      onChange={(event) => setDraft(event.target.value)}
                      onBlur={() => setEditing(null)}
                      // biome-ignore lint/a11y/noAutofocus: the agent just asked to edit this field
                      autoFocus
                      aria-label={name}
                    />
                  </form>
                ) : (
                  <button
                    type="button"
                    className="ccard__value"
                    onClick={() => {
                      setEditing(name);
                      setDraft(value);
                    }}
                    title="Edit"
                  >
                    {value || <i>empty</i>}
                  </button>
                )}
              </dd>
            </div>
          ))}
        </dl>
        <form
          className="ccard__add-field"
          onSubmit={(event) => {
            event.preventDefault();
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field.name)) {
              showToast('A field name uses letters, digits and "_", not starting with a digit', 'error');
              return;
            }
            setField({ name: '', value: '' });
            void save(() => crmApi.update(contact.id, { fields: { [field.name]: field.value } }));
          }}
        >
          <input
            className="input input--sm"
            placeholder="field"
            value={field.name}
            onChange={(event) => setField({ ...field, name: event.target.value })}
            aria-label="New field name"
          />
          <input
            className="input input--sm"
            placeholder="value"
            value={field.value}
            onChange={(event) => setField({ ...field, value: event.target.value })}
            aria-label="New field value"
          />
          <button type="submit" className="btn btn--sm" disabled={!field.name}>
            Add
          </button>
        </form>
      </section>

      <section className="ccard__section">
        <h3 className="ccard__title">Pipelines</h3>
        {leads.length === 0 ? <p className="muted">Not in a pipeline.</p> : null}
        {leads.map((lead) => (
          <div key={lead.id} className="ccard__lead" data-lead={lead.id}>
            <Icon name="pipelines" size={14} />
            <span>{lead.pipeline}</span>
            <span className="badge badge--blue">{lead.stage}</span>
            {lead.value !== null ? <span className="muted">{lead.value.toLocaleString()}</span> : null}
          </div>
        ))}
      </section>
    </div>
  );
}
