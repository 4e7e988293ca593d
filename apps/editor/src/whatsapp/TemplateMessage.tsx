import type { TemplateDisplay } from '@salesbot/whatsapp';
import type { ReactNode } from 'react';
import { Icon, type IconName } from '../ui/Icon.tsx';
import type { RenderChoice } from './ChoiceSlot.ts';
import { FormattedText } from './FormattedText.tsx';
import { MediaPlaceholder } from './MediaPlaceholder.tsx';
import { ReplyButtons } from './ReplyButtons.tsx';

type DisplayButton = TemplateDisplay['buttons'][number];

const BUTTON_ICON: Record<DisplayButton['type'], IconName> = {
  quickReply: 'reply',
  url: 'external',
  phone: 'phone',
  copyCode: 'copy',
  flow: 'form',
};

/** A template as the customer sees it: header, body, footer, its buttons (and carousel cards). */
export function TemplateMessage({
  display,
  side,
  placeholders,
  renderChoice,
  meta,
  stackCards,
}: {
  display: TemplateDisplay;
  side: 'received' | 'sent';
  placeholders?: boolean;
  renderChoice: RenderChoice;
  meta?: ReactNode;
  /** Cards one under the other (the canvas) instead of scrolling sideways. */
  stackCards?: boolean;
}) {
  const text = (value: string) => <FormattedText text={value} placeholders={placeholders} />;
  const quickReplies = display.buttons.filter((button) => button.type === 'quickReply');
  const inline = display.buttons.filter((button) => button.type !== 'quickReply');
  const header = display.header;
  return (
    <div className={`wa-msg wa-msg--${side}`}>
      <div className={`wa-bubble${header && header.format !== 'text' ? ' wa-bubble--media' : ''}`}>
        {header?.format === 'text' ? <div className="wa-header">{text(header.text)}</div> : null}
        {header && header.format !== 'text' && header.format !== 'location' ? (
          <MediaPlaceholder kind={header.format} media={header.link ? { link: header.link } : undefined} compact />
        ) : null}
        {header?.format === 'location' ? (
          <div className="wa-media wa-media--compact">
            <Icon name="location" size={22} />
            <span className="wa-media__name">Location</span>
          </div>
        ) : null}
        <div className="wa-body">{display.body ? text(display.body) : <i className="wa-muted">No body yet</i>}</div>
        {display.footer ? <div className="wa-footer">{text(display.footer)}</div> : null}
        {meta ? <span className="wa-meta">{meta}</span> : null}
        {inline.map((button, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: buttons without ids
          <span key={index} className="wa-inline-action">
            <Icon name={BUTTON_ICON[button.type]} size={15} />
            {button.text}
          </span>
        ))}
      </div>
      <ReplyButtons
        choices={quickReplies.map((button) => ({
          id: button.id ?? button.text,
          title: button.text,
          kind: 'quickReply',
        }))}
        renderChoice={renderChoice}
        placeholders={placeholders}
      />
      {display.cards ? (
        <div className={`wa-cards${stackCards ? ' wa-cards--stacked' : ''}`}>
          {display.cards.map((card, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: cards are positional
            <div key={index} className="wa-card">
              <MediaPlaceholder
                kind={card.header.format}
                media={card.header.link ? { link: card.header.link } : undefined}
                compact
              />
              {card.body ? <div className="wa-body wa-card__body">{text(card.body)}</div> : null}
              <div className="wa-card__buttons">
                {card.buttons.map((button, buttonIndex) => {
                  const element = (
                    <span className="wa-inline-action">
                      <Icon name={BUTTON_ICON[button.type]} size={14} />
                      {button.text}
                    </span>
                  );
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: buttons are positional
                    <div key={buttonIndex} className="wa-card__button" data-choice={button.id}>
                      {button.type === 'quickReply' && button.id
                        ? renderChoice({ id: button.id, title: button.text, kind: 'quickReply' }, element)
                        : element}
                    </div>
                  );
                })}
              </div>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
