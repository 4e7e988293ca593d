import type { ReactNode } from 'react';
import type { WorkspaceTemplate } from '../api/apiTypes.ts';
import { findTemplate } from '../templates/useTemplates.ts';
import { Icon, type IconName } from '../ui/Icon.tsx';
import { MessageBubble } from '../whatsapp/MessageBubble.tsx';
import { DeliveryTicks } from './DeliveryTicks.tsx';
import type { InboxMessage } from './inboxTypes.ts';
import type { MessageView } from './messageView.ts';
import { PriceTag } from './PriceTag.tsx';
import { displayOfSentTemplate } from './templateDraft.ts';

const SENDER_ICON: Record<MessageView['sender'], IconName> = {
  customer: 'message',
  bot: 'bolt',
  agent: 'contacts',
  phone: 'phone',
  broadcast: 'broadcasts',
  system: 'info',
};

/**
 * One message of the history as WhatsApp draws it (the preview's bubble), with what an agent needs around it: who
 * sent it (bot and its flow, an agent, the phone app), the delivery ticks, the cost category, and why it failed.
 */
export function MessageItem({
  row,
  view,
  templates,
}: {
  row: InboxMessage;
  view: MessageView;
  templates: readonly WorkspaceTemplate[];
}) {
  const outbound = row.direction === 'out';
  const time = new Date(row.sentAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const meta = (
    <>
      {time}
      {outbound && view.sender !== 'phone' ? <DeliveryTicks status={row.status} /> : null}
    </>
  );
  const message = view.message;
  const display =
    view.display ??
    (message?.type === 'template'
      ? displayOfSentTemplate(findTemplate(templates, message.template.name, message.template.language.code), message)
      : null);
  let bubble: ReactNode;
  if (message) {
    bubble = (
      <MessageBubble
        message={message}
        {...(display ? { display } : {})}
        side={outbound ? 'sent' : 'received'}
        meta={meta}
      />
    );
  } else if (view.answers) {
    bubble = (
      <div className={`wa-msg wa-msg--${outbound ? 'sent' : 'received'}`}>
        <div className="wa-bubble tl-answers">
          <div className="tl-answers__title">
            <Icon name="form" size={14} /> Form answers
          </div>
          <dl>
            {view.answers.map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <span className="wa-meta">{meta}</span>
        </div>
      </div>
    );
  } else {
    bubble = (
      <div className={`wa-msg wa-msg--${outbound ? 'sent' : 'received'}`}>
        <div className="wa-bubble">
          <span className="wa-muted">{view.note ?? row.type}</span>
          <span className="wa-meta">{meta}</span>
        </div>
      </div>
    );
  }
  return (
    <div
      className={`tl-msg tl-msg--${outbound ? 'out' : 'in'} tl-msg--${view.sender}`}
      data-testid="message"
      data-message={row.id}
      data-sender={view.sender}
      data-status={row.status}
      data-kind={message?.type === 'interactive' ? message.interactive.type : (message?.type ?? row.type)}
    >
      {outbound ? (
        <div className="tl-msg__who">
          <Icon name={SENDER_ICON[view.sender]} size={12} strokeWidth={2.2} />
          {view.label}
          {message?.type === 'template' ? (
            <span className="tl-msg__template" data-template={message.template.name}>
              · template {message.template.name}
            </span>
          ) : null}
        </div>
      ) : view.note && message ? (
        <div className="tl-msg__who tl-msg__who--in">{view.note}</div>
      ) : null}
      <div className="tl-msg__bubble">{bubble}</div>
      {outbound && (row.price || view.failure) ? (
        <div className="tl-msg__under">
          {row.price ? <PriceTag price={row.price} reason={view.reason} /> : null}
          {view.failure ? (
            <span
              className="tl-msg__failure"
              role="note"
              data-testid="message-failure"
              data-code={view.failure.code ?? ''}
            >
              <Icon name="error" size={13} />
              <strong>{view.failure.title}.</strong> {view.failure.sentence}
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
