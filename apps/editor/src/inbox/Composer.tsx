import type { MessageKind } from '@salesbot/policy';
import type { OutboundMessage } from '@salesbot/whatsapp';
import { type KeyboardEvent, useState } from 'react';
import { ApiError, errorMessage } from '../api/ApiError.ts';
import { Icon } from '../ui/Icon.tsx';
import { showToast } from '../ui/toasts.tsx';
import { inboxApi } from './inboxApi.ts';
import { useInbox } from './inboxStore.ts';
import type { InboxConversation } from './inboxTypes.ts';
import { PriceTag } from './PriceTag.tsx';
import { manualSendCheck } from './sendCheck.ts';
import { TemplateSendDialog } from './TemplateSendDialog.tsx';

type Mode = 'text' | 'media' | 'buttons';
type MediaType = 'image' | 'video' | 'document';

const KIND: Record<Mode, MessageKind> = { text: 'text', media: 'media', buttons: 'buttons' };

/**
 * The agent's composer, governed by the policy (context `manual`): text, a media link or up to three reply buttons
 * while the 24-hour window is open; once it has closed it says so and offers approved templates instead. Lists are
 * never offered (WhatsApp lets only bots send them here). Each send shows what it will cost.
 */
export function Composer({ conversation, now }: { conversation: InboxConversation; now: number }) {
  const [mode, setMode] = useState<Mode>('text');
  const [text, setText] = useState('');
  const [media, setMedia] = useState<{ type: MediaType; link: string; caption: string }>({
    type: 'image',
    link: '',
    caption: '',
  });
  const [buttons, setButtons] = useState(['', '', '']);
  const [busy, setBusy] = useState(false);
  const [templates, setTemplates] = useState(false);
  const check = manualSendCheck(conversation, KIND[mode], now);
  const refused = !check.allowed ? check : null;

  const send = async () => {
    const message = build(mode, text, media, buttons);
    if (!message || busy) return;
    setBusy(true);
    try {
      await inboxApi.send(conversation.id, mode === 'text' ? { text: text.trim() } : { message });
      setText('');
      setMedia((value) => ({ ...value, link: '', caption: '' }));
      setButtons(['', '', '']);
      setMode('text');
      await useInbox.getState().refreshOpen();
    } catch (error) {
      showToast(errorMessage(error), 'error');
      if (error instanceof ApiError && error.status === 422) void useInbox.getState().refreshOpen();
    } finally {
      setBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  };

  const dialog = templates ? (
    <TemplateSendDialog conversation={conversation} now={now} onClose={() => setTemplates(false)} />
  ) : null;

  if (refused?.code === 'windowClosed' || refused?.code === 'optedOut') {
    return (
      <div className="composer composer--closed" data-testid="composer-closed">
        <div className="composer__lock">
          <Icon name="lock" size={18} />
        </div>
        <div className="composer__closed-text">
          <strong>{refused.code === 'optedOut' ? 'This contact opted out' : 'The 24-hour window is closed'}</strong>
          <span>
            {refused.reason}{' '}
            {refused.code === 'windowClosed'
              ? 'Free-form messages are not possible until the customer writes again.'
              : ''}
          </span>
        </div>
        {refused.code === 'windowClosed' ? (
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => setTemplates(true)}
            data-testid="open-templates"
          >
            <Icon name="template" size={16} /> Send a template
          </button>
        ) : null}
        {dialog}
      </div>
    );
  }

  const ready = build(mode, text, media, buttons) !== null;
  return (
    <div className="composer" data-testid="composer" data-mode={mode}>
      <div className="composer__modes" role="tablist" aria-label="Message type">
        {(
          [
            ['text', 'Text', 'message'],
            ['media', 'Media', 'image'],
            ['buttons', 'Buttons', 'buttons'],
          ] as const
        ).map(([id, label, icon]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={mode === id}
            className={`cmode${mode === id ? ' is-current' : ''}`}
            onClick={() => setMode(id)}
            data-mode={id}
          >
            <Icon name={icon} size={14} /> {label}
          </button>
        ))}
        <button type="button" className="cmode" onClick={() => setTemplates(true)} data-testid="open-templates">
          <Icon name="template" size={14} /> Template
        </button>
        <span className="composer__price" title={check.allowed ? check.reason : ''}>
          {check.allowed ? (
            <>
              <PriceTag price={check.price} reason={check.reason} />
              <span className="composer__reason">{check.reason}</span>
            </>
          ) : null}
        </span>
      </div>
      {mode === 'media' ? (
        <div className="composer__fields">
          <select
            className="select select--sm"
            value={media.type}
            onChange={(event) => setMedia({ ...media, type: event.target.value as MediaType })}
            aria-label="Media type"
          >
            <option value="image">Image</option>
            <option value="video">Video</option>
            <option value="document">Document</option>
          </select>
          <input
            className="input input--sm"
            placeholder="https://… link to the file"
            value={media.link}
            onChange={(event) => setMedia({ ...media, link: event.target.value })}
            aria-label="Media link"
          />
        </div>
      ) : null}
      {mode === 'buttons' ? (
        <div className="composer__fields">
          {buttons.map((title, index) => (
            <input
              // biome-ignore lint/suspicious/noArrayIndexKey: three fixed slots
              key={index}
              className="input input--sm"
              placeholder={`Button ${index + 1}${index === 0 ? '' : ' (optional)'}`}
              maxLength={20}
              value={title}
              onChange={(event) => setButtons(buttons.map((old, i) => (i === index ? event.target.value : old)))}
              aria-label={`Button ${index + 1}`}
            />
          ))}
        </div>
      ) : null}
      <div className="composer__row">
        <textarea
          className="composer__input"
          placeholder={
            mode === 'media'
              ? 'Caption (optional)'
              : mode === 'buttons'
                ? 'The question the buttons answer'
                : 'Write a reply… (Enter sends, Shift+Enter for a new line)'
          }
          rows={2}
          maxLength={mode === 'buttons' ? 1024 : 4096}
          value={mode === 'media' ? media.caption : text}
          onChange={(event) =>
            mode === 'media' ? setMedia({ ...media, caption: event.target.value }) : setText(event.target.value)
          }
          onKeyDown={onKeyDown}
          data-testid="composer-input"
          aria-label="Message"
        />
        <button
          type="button"
          className="btn btn--primary composer__send"
          disabled={!ready || busy || !check.allowed}
          onClick={() => void send()}
          data-testid="composer-send"
          aria-label="Send"
        >
          {busy ? <span className="spinner" /> : <Icon name="publish" size={18} />}
        </button>
      </div>
      {refused ? <p className="composer__refused">{refused.reason}</p> : null}
      {dialog}
    </div>
  );
}

/** The Cloud API body for what the composer holds, or null while it is incomplete. */
function build(
  mode: Mode,
  text: string,
  media: { type: MediaType; link: string; caption: string },
  buttons: string[],
): OutboundMessage | null {
  if (mode === 'text') return text.trim() ? { type: 'text', text: { body: text.trim() } } : null;
  if (mode === 'media') {
    if (!/^https?:\/\/\S+$/.test(media.link.trim())) return null;
    const object = { link: media.link.trim(), ...(media.caption.trim() ? { caption: media.caption.trim() } : {}) };
    return { type: media.type, [media.type]: object } as OutboundMessage;
  }
  const titles = buttons.map((title) => title.trim()).filter(Boolean);
  if (!text.trim() || titles.length === 0 || new Set(titles).size !== titles.length) return null;
  return {
    type: 'interactive',
    interactive: {
      type: 'button',
      body: { text: text.trim() },
      action: {
        buttons: titles.map((title, index) => ({ type: 'reply', reply: { id: `agent_${index + 1}`, title } })),
      },
    },
  };
}
