import type { OutboundMessage } from '@salesbot/whatsapp';
import { Avatar } from '../crm/Avatar.tsx';
import { contactLabel } from '../crm/formatPhone.ts';
import { Link } from '../router/Link.tsx';
import { findTemplate, useTemplates } from '../templates/useTemplates.ts';
import { BotStateChip } from './BotStateChip.tsx';
import type { InboxConversation, InboxMessage } from './inboxTypes.ts';
import { messagePreview } from './messageView.ts';
import { displayOfSentTemplate } from './templateDraft.ts';
import { WindowPills } from './WindowPills.tsx';

/** One conversation in the list: who, what was said last, when, the window timers, the bot and the assignee. */
export function ConversationRow({
  conversation,
  selected,
  now,
  meId,
  meName,
}: {
  conversation: InboxConversation;
  selected: boolean;
  now: number;
  meId: string | null;
  meName: string | null;
}) {
  const last = conversation.lastMessage;
  const prefix = last ? senderPrefix(last, meName) : '';
  const templates = useTemplates((state) => state.templates);
  const templateBody = (message: Extract<OutboundMessage, { type: 'template' }>) =>
    displayOfSentTemplate(findTemplate(templates, message.template.name, message.template.language.code), message)
      ?.body ?? null;
  const assignee = conversation.assignedAgent
    ? conversation.assignedAgent === meId
      ? 'You'
      : (conversation.assignedAgentName ?? conversation.assignedAgent)
    : null;
  return (
    <Link
      to={`/inbox/${encodeURIComponent(conversation.id)}`}
      className={`crow${selected ? ' is-selected' : ''}${conversation.unread > 0 ? ' is-unread' : ''}`}
      data-testid="conversation-row"
      data-conversation={conversation.id}
      data-wa-id={conversation.contact.waId}
      aria-current={selected ? 'true' : undefined}
    >
      <Avatar id={conversation.contact.id} name={conversation.contact.name} size={40} />
      <span className="crow__main">
        <span className="crow__top">
          <span className="crow__name">{contactLabel(conversation.contact)}</span>
          <span className="crow__time" title={new Date(conversation.lastActivityAt).toLocaleString()}>
            {shortTime(conversation.lastActivityAt, now)}
          </span>
        </span>
        <span className="crow__mid">
          <span className="crow__preview">
            {last?.status === 'failed' ? <span className="crow__failed">Not delivered · </span> : null}
            {prefix ? <span className="crow__prefix">{prefix}</span> : null}
            {last ? messagePreview(last, templateBody) : <i>No messages yet</i>}
          </span>
          {conversation.unread > 0 ? (
            <span className="crow__unread" title={`${conversation.unread} unread`}>
              {conversation.unread}
              <span className="sr-only"> unread</span>
            </span>
          ) : null}
        </span>
        <span className="crow__tags">
          <WindowPills facts={conversation.facts} now={now} />
          {conversation.bot.state !== 'idle' ? <BotStateChip conversation={conversation} now={now} /> : null}
          {assignee || conversation.assignedTeam ? (
            <span className="crow__assignee" title="Assigned to">
              {[assignee, conversation.assignedTeam].filter(Boolean).join(' · ')}
            </span>
          ) : null}
          {conversation.closedAt ? <span className="badge">Closed</span> : null}
          {conversation.contact.optIn === 'optedOut' ? <span className="badge badge--red">Opted out</span> : null}
        </span>
      </span>
    </Link>
  );
}

/** "Bot: ", "You: ", "Sam: ", "Phone: " before the last message when the business sent it. */
function senderPrefix(last: InboxMessage, meName: string | null): string {
  if (last.direction === 'in') return '';
  if (last.sender === 'agent') {
    const agent = (last.content as { agent?: string } | null)?.agent;
    return !agent || agent === meName ? 'You: ' : `${agent}: `;
  }
  return { bot: 'Bot: ', echo: 'Phone: ', broadcast: 'Broadcast: ' }[last.sender as string] ?? '';
}

/** "14:05" today, "Mon" this week, "12 Mar" before — the server's clock decides what "today" is. */
export function shortTime(at: number, now: number): string {
  const date = new Date(at);
  const today = new Date(now);
  if (date.toDateString() === today.toDateString()) {
    return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  }
  if (now - at < 6 * 86_400_000) return date.toLocaleDateString('en-GB', { weekday: 'short' });
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
}
