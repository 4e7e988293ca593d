import { Fragment, useEffect, useRef } from 'react';
import { BotBubble } from './BotBubble.tsx';
import { CustomerBubble } from './CustomerBubble.tsx';
import { dayKey, formatDay } from './formatClock.ts';
import { NoticeChip } from './NoticeChip.tsx';
import type { TranscriptEntry } from './previewTypes.ts';

/**
 * The chat: entries in order with a date chip where the day changes, kept scrolled to the newest message.
 * `selectedNodeIds`: bubbles sent by these steps are outlined.
 */
export function ChatTranscript({
  transcript,
  businessName,
  selectedNodeIds,
  intro,
}: {
  transcript: readonly TranscriptEntry[];
  businessName: string;
  selectedNodeIds: readonly string[];
  intro?: React.ReactNode;
}) {
  const end = useRef<HTMLDivElement>(null);
  const count = transcript.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when an entry is added or removed
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [count]);
  let previousDay = '';
  return (
    <div className="pv-transcript" data-testid="preview-transcript" role="log" aria-label="Chat">
      {intro}
      {transcript.map((entry, index) => {
        const day = dayKey(entry.at);
        const chip = day !== previousDay ? <div className="pv-date">{formatDay(entry.at)}</div> : null;
        previousDay = day;
        return (
          <Fragment key={entry.id}>
            {chip}
            {entry.kind === 'bot' ? (
              <BotBubble entry={entry} selected={selectedNodeIds.includes(entry.send.nodeId)} />
            ) : entry.kind === 'customer' ? (
              <CustomerBubble entry={entry} before={transcript.slice(0, index)} businessName={businessName} />
            ) : (
              <NoticeChip entry={entry} />
            )}
          </Fragment>
        );
      })}
      <div ref={end} />
    </div>
  );
}
