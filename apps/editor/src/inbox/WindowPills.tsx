import type { ConversationFacts } from '@salesbot/policy';
import { Icon } from '../ui/Icon.tsx';
import { conversationTimers } from './windowTimer.ts';

/**
 * The window timers of a conversation, as small pills: time left in the 24-hour window (green, amber under 4 h,
 * red under 1 h, grey once closed) and, where one runs, the free 72-hour entry-point window.
 */
export function WindowPills({ facts, now }: { facts: ConversationFacts; now: number }) {
  const { service, entry } = conversationTimers(facts, now);
  return (
    <span className="wpills">
      <span
        className={`wpill wpill--${service.tone}`}
        title={service.long}
        data-testid="window-timer"
        data-tone={service.tone}
        data-open={service.open}
      >
        <Icon name="clock" size={12} strokeWidth={2.2} />
        {service.open ? service.short : service.tone === 'none' ? 'no window' : 'closed'}
      </span>
      {entry && (entry.open || entry.awaitingReplyUntil) ? (
        <span className={`wpill wpill--free wpill--${entry.tone}`} title={entry.long} data-testid="entry-timer">
          {entry.short}
        </span>
      ) : null}
    </span>
  );
}
