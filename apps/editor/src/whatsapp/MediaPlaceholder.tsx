import type { MediaObject } from '@salesbot/whatsapp';
import { Icon, type IconName } from '../ui/Icon.tsx';

export type MediaKind = 'image' | 'video' | 'document' | 'audio' | 'sticker';

const ICON: Record<MediaKind, IconName> = {
  image: 'image',
  video: 'video',
  document: 'document',
  audio: 'audio',
  sticker: 'sticker',
};

/**
 * Where a picture, video, document or voice note goes in a bubble. Media is not fetched (the editor works
 * offline and does not call customers' links): the frame names the file instead.
 */
export function MediaPlaceholder({
  kind,
  media,
  compact,
}: {
  kind: MediaKind;
  media?: MediaObject;
  compact?: boolean;
}) {
  const name = media?.filename ?? describeSource(media);
  if (kind === 'document' || kind === 'audio') {
    return (
      <div className={`wa-file wa-file--${kind}`}>
        <span className="wa-file__icon">
          <Icon name={ICON[kind]} size={18} />
        </span>
        <span className="wa-file__name">{name || (kind === 'audio' ? 'Voice message' : 'Document')}</span>
      </div>
    );
  }
  return (
    <div className={`wa-media wa-media--${kind}${compact ? ' wa-media--compact' : ''}`}>
      <Icon name={ICON[kind]} size={compact ? 22 : 28} strokeWidth={1.5} />
      {name ? <span className="wa-media__name">{name}</span> : <span className="wa-media__name">No file yet</span>}
      {kind === 'video' ? (
        <span className="wa-media__play">
          <Icon name="play" size={14} />
        </span>
      ) : null}
    </div>
  );
}

function describeSource(media?: MediaObject): string {
  if (!media) return '';
  if (media.id) return `Media ${media.id}`;
  if (!media.link) return '';
  try {
    const url = new URL(media.link);
    return url.pathname.split('/').filter(Boolean).pop() ?? url.host;
  } catch {
    return media.link;
  }
}
