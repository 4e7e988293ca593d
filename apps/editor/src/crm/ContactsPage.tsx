import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import { useServerClockSync, useServerNow } from '../inbox/serverClock.ts';
import { reloadOnWorkspaceEvents } from '../inbox/workspaceEvents.ts';
import { navigate } from '../router/navigate.ts';
import { EmptyState } from '../ui/EmptyState.tsx';
import { formatRelativeTime } from '../ui/formatTime.ts';
import { Icon } from '../ui/Icon.tsx';
import { Avatar } from './Avatar.tsx';
import { ContactDetail } from './ContactDetail.tsx';
import { crmApi } from './crmApi.ts';
import type { Contact } from './crmTypes.ts';
import { contactLabel, formatPhone } from './formatPhone.ts';
import { OptInBadge } from './OptInBadge.tsx';
import './crm.css';

/** `/contacts` and `/contacts/:id`: every contact with consent and tags, searchable; one open with its card and history. */
export function ContactsPage({ contactId }: { contactId: string | null }) {
  useServerClockSync();
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState<string | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const load = useCallback(async () => {
    try {
      const list = await crmApi.contacts(search, tag);
      setContacts(list);
      setError(null);
      if (!tag) setTags([...new Set(list.flatMap((contact) => contact.tags))].sort());
    } catch (loadError) {
      setError(errorMessage(loadError));
    }
  }, [search, tag]);
  useEffect(() => {
    const timer = setTimeout(() => void load(), 200);
    return () => clearTimeout(timer);
  }, [load]);
  useEffect(
    () =>
      reloadOnWorkspaceEvents(
        (type) => type === 'contact.updated' || type === 'message.in',
        () => void load(),
        300,
      ),
    [load],
  );
  const now = useServerNow(30_000);
  return (
    <div className={`contacts${contactId ? '' : ' contacts--list-only'}`}>
      <section className="contacts__list" aria-label="Contacts">
        <header className="contacts__head">
          <h1>Contacts</h1>
          <span className="contacts__count">
            {contacts ? `${contacts.length}${contacts.length === 100 ? '+' : ''}` : ''}
          </span>
        </header>
        <div className="contacts__tools">
          <input
            className="input"
            type="search"
            placeholder="Search name or phone"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            aria-label="Search contacts"
          />
          <select
            className="select"
            value={tag ?? ''}
            onChange={(event) => setTag(event.target.value || null)}
            aria-label="Tag"
          >
            <option value="">Any tag</option>
            {tags.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="contacts__rows">
          {error ? <p className="clist__error">{error}</p> : null}
          {contacts && contacts.length === 0 ? (
            <EmptyState icon="contacts" title={search || tag ? 'No contact matches' : 'No contacts yet'}>
              Everyone who writes to your number becomes a contact.
            </EmptyState>
          ) : null}
          {contacts && contacts.length > 0 ? (
            <table className="contacts__table">
              <thead>
                <tr>
                  <th>Contact</th>
                  <th>Consent</th>
                  <th>Tags</th>
                  <th>Updated</th>
                </tr>
              </thead>
              <tbody>
                {contacts.map((contact) => (
                  <tr
                    key={contact.id}
                    className={contact.id === contactId ? 'is-selected' : ''}
                    onClick={() => navigate(`/contacts/${encodeURIComponent(contact.id)}`)}
                    data-testid="contact-row"
                    data-contact={contact.id}
                  >
                    <td>
                      <div className="contacts__who">
                        <Avatar id={contact.id} name={contact.name} size={32} />
                        <div>
                          <div className="contacts__name">{contactLabel(contact)}</div>
                          <div className="contacts__phone">{formatPhone(contact.waId)}</div>
                        </div>
                      </div>
                    </td>
                    <td>
                      <OptInBadge optIn={contact.optIn} marketingOptOut={contact.marketingOptOut} />
                    </td>
                    <td>
                      <div className="contacts__tags">
                        {contact.tags.map((name) => (
                          <span key={name} className="tag tag--plain">
                            {name}
                          </span>
                        ))}
                      </div>
                    </td>
                    <td className="muted">{formatRelativeTime(contact.updatedAt, now)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      </section>
      {contactId ? (
        <ContactDetail contactId={contactId} onChanged={() => void load()} />
      ) : (
        <section className="contact-detail cpane--empty">
          <EmptyState icon="contacts" title="Pick a contact">
            <Icon name="info" size={13} /> See their consent, fields, tags, pipelines and history.
          </EmptyState>
        </section>
      )}
    </div>
  );
}
