import type { ConversationFacts } from '@salesbot/policy';
import { conversationTimers } from './windowTimer.ts';

const HOUR = 3_600_000;

/** Both windows as bars that empty as they run out, coloured by how much is left. */
export function InboxWindowMeters({ facts, now }: { facts: ConversationFacts; now: number }) {
  const { service, entry } = conversationTimers(facts, now);
  return (
    <div className="wmeters" data-testid="window-meters">
      <div
        className={`wmeter wmeter--${service.tone}`}
        title={service.long}
        data-testid="window-service"
        data-open={service.open}
      >
        <span className="wmeter__name">24h window</span>
        <span className="wmeter__bar">
          <span style={{ width: `${Math.min(100, (service.remainingMs / (24 * HOUR)) * 100)}%` }} />
        </span>
        <span className="wmeter__value">
          {service.open ? `${service.short} left` : service.tone === 'none' ? 'not open' : service.short}
        </span>
      </div>
      {entry ? (
        <div className={`wmeter wmeter--${entry.tone}`} title={entry.long} data-testid="window-entry">
          <span className="wmeter__name">Free 72h</span>
          <span className="wmeter__bar">
            <span style={{ width: `${Math.min(100, (entry.remainingMs / (72 * HOUR)) * 100)}%` }} />
          </span>
          <span className="wmeter__value">{entry.open ? `${entry.short.replace('free ', '')} left` : entry.short}</span>
        </div>
      ) : null}
    </div>
  );
}
