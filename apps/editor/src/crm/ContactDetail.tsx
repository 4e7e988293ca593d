import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import { useFlowIndex, useFlowNames } from '../flows/useFlowNames.ts';
import { endReasonLabel } from '../inbox/endReasonLabel.ts';
import { messagePreview } from '../inbox/messageView.ts';
import { reloadOnWorkspaceEvents } from '../inbox/workspaceEvents.ts';
import { Link } from '../router/Link.tsx';
import { formatDateTime } from '../ui/formatTime.ts';
import { Icon, type IconName } from '../ui/Icon.tsx';
import { Avatar } from './Avatar.tsx';
import { ContactCard } from './ContactCard.tsx';
import { crmApi } from './crmApi.ts';
import type { ContactHistory } from './crmTypes.ts';
import { contactLabel } from './formatPhone.ts';

/** One contact: the card (consent, tags, fields, pipelines) and what happened with them. */
export function ContactDetail({ contactId, onChanged }: { contactId: string; onChanged: () => void }) {
  const [history, setHistory] = useState<ContactHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  const flowNames = useFlowNames();
  useEffect(() => void useFlowIndex.getState().load(), []);
  const load = useCallback(async () => {
    try {
      setHistory(await crmApi.history(contactId));
      setError(null);
    } catch (loadError) {
      setError(errorMessage(loadError));
    }
  }, [contactId]);
  useEffect(() => {
    void load();
    return reloadOnWorkspaceEvents(
      (_type, data) => data.id === contactId || data.contactId === contactId,
      () => void load(),
      100,
    );
  }, [load, contactId]);
  if (error)
    return (
      <section className="contact-detail">
        <p className="clist__error">{error}</p>
      </section>
    );
  if (!history) return <section className="contact-detail" />;
  const { contact } = history;
  const conversation = history.conversations[0];
  return (
    <section className="contact-detail" aria-label="Contact" data-testid="contact-detail">
      <header className="contact-detail__head">
        <Avatar id={contact.id} name={contact.name} size={44} />
        <div>
          <div className="contact-detail__name">{contactLabel(contact)}</div>
          <div className="muted">
            {history.conversations.length} conversation{history.conversations.length === 1 ? '' : 's'}
          </div>
        </div>
        {conversation ? (
          <Link className="btn btn--sm" to={`/inbox/${encodeURIComponent(conversation.id)}`}>
            <Icon name="inbox" size={15} /> Open chat
          </Link>
        ) : null}
      </header>
      <ContactCard
        contact={contact}
        leads={history.leads}
        onChange={() => {
          void load();
          onChanged();
        }}
      />
      <section className="ccard__section">
        <h3 className="ccard__title">History</h3>
        <ul className="history" data-testid="contact-history">
          {events(history, flowNames).map((event) => (
            <li key={event.key}>
              <Icon name={event.icon} size={13} />
              <span className="history__text" title={event.text}>
                {event.text}
              </span>
              <span className="history__time">{formatDateTime(event.at)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="ccard__section">
        <h3 className="ccard__title">Latest messages</h3>
        <ul className="history">
          {history.messages.slice(0, 12).map((message) => (
            <li key={message.id}>
              <Icon name={message.direction === 'in' ? 'arrowDown' : 'arrowUp'} size={13} />
              <span className="history__text">
                {message.direction === 'in' ? '' : `${message.sender}: `}
                {messagePreview(message)}
              </span>
              <span className="history__time">{formatDateTime(message.sentAt)}</span>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}

/** Bot sessions and conversation notes, newest first. */
function events(
  history: ContactHistory,
  flowNames: ReadonlyMap<string, string>,
): { key: string; at: number; icon: IconName; text: string }[] {
  const sessions = history.sessions.map((session) => ({
    key: `s${session.id}`,
    at: session.startedAt ?? session.updatedAt,
    icon: 'bolt' as const,
    text: `Bot ${flowNames.get(session.flowId) ?? session.flowId} v${session.flowVersion} ${
      session.status === 'waiting'
        ? `waiting on ${session.waitingLabel ?? session.waitingNode}`
        : `· ${endReasonLabel(session.endReason)}`
    }`,
  }));
  const notes = history.notes.map((note) => ({
    key: `n${note.id}`,
    at: note.createdAt,
    icon: (note.kind === 'handoff' ? 'handoff' : note.kind === 'note' ? 'edit' : 'info') as IconName,
    text: note.text,
  }));
  return [...sessions, ...notes].sort((a, b) => b.at - a.at).slice(0, 30);
}
