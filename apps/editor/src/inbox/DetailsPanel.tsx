import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import { ContactCard } from '../crm/ContactCard.tsx';
import { crmApi } from '../crm/crmApi.ts';
import type { Contact, Lead } from '../crm/crmTypes.ts';
import { showToast } from '../ui/toasts.tsx';
import { AssignControl } from './AssignControl.tsx';
import { inboxApi } from './inboxApi.ts';
import type { OpenConversation } from './inboxStore.ts';
import { useInbox } from './inboxStore.ts';
import { SessionPanel } from './SessionPanel.tsx';

/** The right column: the contact's card, the bot sessions, and a box for internal notes. */
export function DetailsPanel({ open }: { open: OpenConversation }) {
  const contactId = open.conversation?.contact.id ?? null;
  const contactVersion = open.conversation ? JSON.stringify(open.conversation.contact) : '';
  const [contact, setContact] = useState<(Contact & { leads: Lead[] }) | null>(null);
  const load = useCallback(async () => {
    if (!contactId) return;
    try {
      setContact(await crmApi.contact(contactId));
    } catch {
      setContact(null);
    }
  }, [contactId]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the conversation's view of the contact changes
  useEffect(() => {
    void load();
  }, [load, contactVersion]);
  return (
    <aside className="dpanel" aria-label="Details" data-testid="details">
      {open.conversation ? (
        <section className="dpanel__section">
          <h3 className="dpanel__title">Assigned to</h3>
          <AssignControl conversation={open.conversation} />
        </section>
      ) : null}
      {contact ? (
        <ContactCard
          contact={contact}
          leads={contact.leads}
          onChange={(saved) => {
            setContact({ ...saved, leads: contact.leads });
            void useInbox.getState().refreshOpen();
          }}
        />
      ) : null}
      <SessionPanel sessions={open.sessions} />
      <NoteBox conversationId={open.id} />
    </aside>
  );
}

function NoteBox({ conversationId }: { conversationId: string }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const add = async () => {
    if (!text.trim()) return;
    setBusy(true);
    try {
      await inboxApi.addNote(conversationId, text.trim());
      setText('');
      await useInbox.getState().refreshOpen();
    } catch (error) {
      showToast(errorMessage(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="dpanel__section">
      <h3 className="dpanel__title">Internal note</h3>
      <textarea
        className="textarea"
        rows={2}
        placeholder="Only your team sees this"
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-label="Internal note"
      />
      <button type="button" className="btn btn--sm" onClick={() => void add()} disabled={!text.trim() || busy}>
        Add note
      </button>
    </section>
  );
}
