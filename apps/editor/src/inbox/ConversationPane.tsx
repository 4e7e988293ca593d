import { Avatar } from '../crm/Avatar.tsx';
import { contactLabel, formatPhone } from '../crm/formatPhone.ts';
import { OptInBadge } from '../crm/OptInBadge.tsx';
import { Link } from '../router/Link.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { BotControls } from './BotControls.tsx';
import { BotStateChip } from './BotStateChip.tsx';
import { Composer } from './Composer.tsx';
import type { OpenConversation } from './inboxStore.ts';
import { useServerNow } from './serverClock.ts';
import { Timeline } from './Timeline.tsx';
import { InboxWindowMeters } from './WindowMeters.tsx';

/** The middle column: who, the windows, who answers, the whole history and the composer. */
export function ConversationPane({ open }: { open: OpenConversation | null }) {
  const now = useServerNow();
  if (!open) {
    return (
      <section className="cpane cpane--empty">
        <EmptyState icon="inbox" title="Pick a conversation">
          Conversations the bot handed off wait under <b>Unassigned</b> or your team. The timer on each one is the time
          left to answer for free.
        </EmptyState>
      </section>
    );
  }
  const conversation = open.conversation;
  if (!conversation) {
    return (
      <section className="cpane cpane--empty">
        {open.status === 'error' ? <p className="clist__error">{open.error}</p> : <span className="spinner" />}
      </section>
    );
  }
  return (
    <section className="cpane" aria-label="Conversation" data-testid="conversation" data-conversation={conversation.id}>
      <header className="cpane__head">
        <Avatar id={conversation.contact.id} name={conversation.contact.name} size={40} />
        <div className="cpane__who">
          <div className="cpane__name">
            <Link to={`/contacts/${encodeURIComponent(conversation.contact.id)}`}>
              {contactLabel(conversation.contact)}
            </Link>
            <OptInBadge optIn={conversation.contact.optIn} marketingOptOut={conversation.contact.marketingOptOut} />
          </div>
          <div className="cpane__sub">
            {formatPhone(conversation.contact.waId)} · via {conversation.channel.name}
            {conversation.closedAt ? ` · closed by ${conversation.closedBy ?? 'an agent'}` : ''}
          </div>
        </div>
        <div className="cpane__actions">
          <BotControls conversation={conversation} />
        </div>
      </header>
      <div className="cpane__status">
        <InboxWindowMeters facts={conversation.facts} now={now} />
        <BotStateChip conversation={conversation} now={now} />
      </div>
      <Timeline messages={open.messages} notes={open.notes} sessions={open.sessions} />
      <Composer conversation={conversation} now={now} />
    </section>
  );
}
