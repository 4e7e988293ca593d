import type { CustomerInput } from '@salesbot/engine';
import { Icon } from '../ui/Icon.tsx';
import { FormattedText } from '../whatsapp/FormattedText.tsx';
import { MediaPlaceholder } from '../whatsapp/MediaPlaceholder.tsx';
import { formatTime } from './formatClock.ts';
import type { TranscriptEntry } from './previewTypes.ts';
import { Ticks } from './Ticks.tsx';
import { messageSnippet, tappedOffer } from './tappedOffer.ts';

type CustomerEntry = Extract<TranscriptEntry, { kind: 'customer' }>;

/**
 * What the customer sent, on the right in green with its ticks: text (formatted the way WhatsApp formats it, never
 * as markup), a tap quoting the message it answers, a submitted Flow's answers, media, a location, and the ad it
 * came from.
 */
export function CustomerBubble({
  entry,
  before,
  businessName,
}: {
  entry: CustomerEntry;
  before: readonly TranscriptEntry[];
  businessName: string;
}) {
  const { input } = entry;
  const offer = tappedOffer(input, before);
  const title = entry.title ?? offer?.title;
  const referral = input.referral;
  return (
    <div className="pv-row pv-row--customer" data-entry={entry.id} data-kind={inputKind(input)}>
      <div className="wa-msg wa-msg--sent">
        <div className="wa-bubble pv-customer">
          {referral ? (
            <div className="pv-referral" data-referral={referral.sourceType}>
              <span className="pv-referral__label">
                <Icon name="megaphone" size={13} />
                {referral.sourceType === 'post' ? 'From a post' : 'From an ad'}
                {referral.sourceId ? ` · ${referral.sourceId}` : ''}
              </span>
              {referral.headline ? <span className="pv-referral__headline">{referral.headline}</span> : null}
              {referral.body ? <span className="pv-referral__body">{referral.body}</span> : null}
            </div>
          ) : null}
          {offer ? (
            <div className="pv-quote">
              <span className="pv-quote__who">{businessName}</span>
              <span className="pv-quote__text">
                {messageSnippet(offer.entry.send.message, offer.entry.send.display)}
              </span>
            </div>
          ) : null}
          <Content input={input} title={title} description={offer?.description} />
          <span className="wa-meta pv-meta">
            {formatTime(entry.at)}
            <Ticks read={entry.heard} />
          </span>
        </div>
      </div>
    </div>
  );
}

function Content({ input, title, description }: { input: CustomerInput; title?: string; description?: string }) {
  if ('text' in input) {
    return (
      <div className="wa-body" data-text>
        <FormattedText text={input.text} />
      </div>
    );
  }
  if ('button' in input || 'list' in input || 'quickReply' in input) {
    const id = 'button' in input ? input.button : 'list' in input ? input.list : input.quickReply;
    return (
      <div className="wa-body" data-text>
        <FormattedText text={title ?? id} />
        {description ? <div className="pv-customer__desc">{description}</div> : null}
      </div>
    );
  }
  if ('flow' in input) {
    return (
      <div className="pv-flow-reply">
        <div className="pv-flow-reply__head">
          <Icon name="form" size={15} />
          Form submitted
        </div>
        <dl className="pv-flow-reply__answers">
          {Object.entries(input.flow).map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{Array.isArray(value) ? value.join(', ') : String(value)}</dd>
            </div>
          ))}
        </dl>
      </div>
    );
  }
  if ('location' in input) {
    return (
      <div className="pv-location">
        <div className="wa-media wa-media--compact">
          <Icon name="location" size={22} />
          <span className="wa-media__name">
            {input.location.latitude.toFixed(4)}, {input.location.longitude.toFixed(4)}
          </span>
        </div>
        {input.location.name ? <div className="wa-body">{input.location.name}</div> : null}
      </div>
    );
  }
  for (const kind of ['image', 'video', 'audio', 'document', 'sticker'] as const) {
    if (kind in input) {
      const media = (input as Record<typeof kind, { id: string; caption?: string; filename?: string }>)[kind];
      return (
        <>
          <MediaPlaceholder
            kind={kind}
            media={{ id: media.id, ...(media.filename ? { filename: media.filename } : {}) }}
          />
          {media.caption ? (
            <div className="wa-body wa-body--caption">
              <FormattedText text={media.caption} />
            </div>
          ) : null}
        </>
      );
    }
  }
  return null;
}

function inputKind(input: CustomerInput): string {
  return Object.keys(input).find((key) => key !== 'referral') ?? 'text';
}
