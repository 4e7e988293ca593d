import type { Interactive, InteractiveHeader, MediaObject, OutboundMessage, TemplateDisplay } from '@salesbot/whatsapp';
import type { ReactNode } from 'react';
import { Icon } from '../ui/Icon.tsx';
import { type RenderChoice, renderPlain } from './ChoiceSlot.ts';
import { FormattedText } from './FormattedText.tsx';
import { ListRows } from './ListRows.tsx';
import { MediaPlaceholder } from './MediaPlaceholder.tsx';
import { ReplyButtons } from './ReplyButtons.tsx';
import { TemplateMessage } from './TemplateMessage.tsx';
import './whatsapp.css';

export interface MessageBubbleProps {
  /** The Cloud API message body to draw. */
  message: OutboundMessage;
  /** For template messages: the filled template (the message body alone names it but does not hold its text). */
  display?: TemplateDisplay;
  /** `received`: as the customer sees the business's message (white, left); `sent`: the business's own view (green). */
  side?: 'received' | 'sent';
  /** Show `{{name}}` placeholders as chips. */
  placeholders?: boolean;
  /**
   * The canvas's layout: list rows drawn open under the bubble instead of behind the list button, and carousel cards
   * stacked instead of scrolling sideways, so that every choice is visible (with its handle).
   */
  expandList?: boolean;
  /** Called with each tappable choice; wrap it to add a handle or a click. */
  renderChoice?: RenderChoice;
  /** Time, ticks… drawn in the bubble's corner. */
  meta?: ReactNode;
  /** Called when the list button is tapped (the preview opens its sheet). */
  onOpenList?: () => void;
}

/** One WhatsApp message as WhatsApp draws it: text, media, interactive messages and templates. */
export function MessageBubble({
  message,
  display,
  side = 'received',
  placeholders,
  expandList,
  renderChoice = renderPlain,
  meta,
  onOpenList,
}: MessageBubbleProps) {
  const text = (value: string) => <FormattedText text={value} placeholders={placeholders} />;
  // In the editor an empty text says so instead of drawing an empty bubble.
  const body = (value: string) =>
    value === '' && placeholders ? <i className="wa-muted">No text yet</i> : text(value);
  const frame = (content: ReactNode, after?: ReactNode, extraClass = '') => (
    <div className={`wa-msg wa-msg--${side}`}>
      <div className={`wa-bubble${extraClass}`}>
        {content}
        {meta ? <span className="wa-meta">{meta}</span> : null}
      </div>
      {after}
    </div>
  );

  switch (message.type) {
    case 'text':
      return frame(<div className="wa-body">{body(message.text.body)}</div>);
    case 'image':
    case 'video':
    case 'document':
    case 'audio':
    case 'sticker': {
      const media = mediaOf(message);
      return frame(
        <>
          <MediaPlaceholder kind={message.type} media={media} />
          {media.caption ? <div className="wa-body wa-body--caption">{text(media.caption)}</div> : null}
        </>,
        undefined,
        message.type === 'sticker' ? ' wa-bubble--bare' : ' wa-bubble--media',
      );
    }
    case 'interactive':
      return renderInteractive(message.interactive);
    case 'template':
      return display ? (
        <TemplateMessage
          display={display}
          side={side}
          placeholders={placeholders}
          renderChoice={renderChoice}
          meta={meta}
          stackCards={expandList}
        />
      ) : (
        frame(
          <div className="wa-body">
            <span className="wa-muted">Template “{message.template.name}”</span>
          </div>,
        )
      );
  }

  function renderInteractive(interactive: Interactive) {
    const header = 'header' in interactive ? renderHeader(interactive.header) : null;
    const bodyText = <div className="wa-body">{body(interactive.body.text)}</div>;
    const footer =
      'footer' in interactive && interactive.footer ? (
        <div className="wa-footer">{text(interactive.footer.text)}</div>
      ) : null;
    switch (interactive.type) {
      case 'button':
        return frame(
          <>
            {header}
            {bodyText}
            {footer}
          </>,
          <ReplyButtons
            choices={interactive.action.buttons.map((b) => ({ id: b.reply.id, title: b.reply.title, kind: 'button' }))}
            renderChoice={renderChoice}
            placeholders={placeholders}
          />,
        );
      case 'list':
        return frame(
          <>
            {header}
            {bodyText}
            {footer}
            <button type="button" className="wa-inline-action" onClick={onOpenList} tabIndex={onOpenList ? 0 : -1}>
              <Icon name="list" size={16} />
              {interactive.action.button}
            </button>
          </>,
          expandList ? (
            <ListRows sections={interactive.action.sections} renderChoice={renderChoice} placeholders={placeholders} />
          ) : null,
        );
      case 'cta_url':
        return frame(
          <>
            {header}
            {bodyText}
            {footer}
            <span className="wa-inline-action">
              <Icon name="external" size={15} />
              {interactive.action.parameters.display_text}
            </span>
          </>,
        );
      case 'flow':
        return frame(
          <>
            {header}
            {bodyText}
            {footer}
            <span className="wa-inline-action">
              <Icon name="form" size={15} />
              {interactive.action.parameters.flow_cta}
            </span>
          </>,
        );
      case 'location_request_message':
        return frame(
          <>
            {bodyText}
            <span className="wa-inline-action">
              <Icon name="location" size={15} />
              Send location
            </span>
          </>,
        );
    }
  }

  function renderHeader(header: InteractiveHeader | undefined) {
    if (!header) return null;
    if (header.type === 'text') return <div className="wa-header">{text(header.text)}</div>;
    const media = header.type === 'image' ? header.image : header.type === 'video' ? header.video : header.document;
    return <MediaPlaceholder kind={header.type} media={media} compact />;
  }
}

function mediaOf(
  message: Extract<OutboundMessage, { type: 'image' | 'video' | 'document' | 'audio' | 'sticker' }>,
): MediaObject {
  switch (message.type) {
    case 'image':
      return message.image;
    case 'video':
      return message.video;
    case 'document':
      return message.document;
    case 'audio':
      return message.audio;
    case 'sticker':
      return message.sticker;
  }
}
