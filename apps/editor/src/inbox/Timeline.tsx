import { Fragment, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useFlowNames } from '../flows/useFlowNames.ts';
import { useTemplates } from '../templates/useTemplates.ts';
import { Icon } from '../ui/Icon.tsx';
import type { ConversationNote, InboxMessage, SessionSummary } from './inboxTypes.ts';
import { MessageItem } from './MessageItem.tsx';
import { messageView } from './messageView.ts';

type Item = { kind: 'message'; at: number; row: InboxMessage } | { kind: 'note'; at: number; note: ConversationNote };

/** The conversation's whole history, day by day, with the internal notes where they happened. */
export function Timeline({
  messages,
  notes,
  sessions,
}: {
  messages: readonly InboxMessage[];
  notes: readonly ConversationNote[];
  sessions: readonly SessionSummary[];
}) {
  const templates = useTemplates((state) => state.templates);
  useEffect(() => {
    void useTemplates.getState().load();
  }, []);
  const items = useMemo(() => merge(messages, notes), [messages, notes]);
  const flowNames = useFlowNames();
  const flows = useMemo(
    () => new Map(sessions.map((session) => [session.id, flowNames.get(session.flowId) ?? session.flowId])),
    [sessions, flowNames],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  // Stay at the bottom as messages arrive, unless the agent scrolled up to read.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each change of the items
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [items]);
  let lastDay = '';
  return (
    <div
      className="timeline"
      ref={scroller}
      onScroll={(event) => {
        const element = event.currentTarget;
        pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < 80;
      }}
      data-testid="timeline"
    >
      <div className="timeline__inner">
        {items.length === 0 ? <p className="timeline__empty">No messages yet.</p> : null}
        {items.map((item) => {
          const day = new Date(item.at).toDateString();
          const separator = day !== lastDay ? <div className="tl-day">{dayLabel(item.at)}</div> : null;
          lastDay = day;
          return (
            <Fragment key={item.kind === 'message' ? `m${item.row.id}` : `n${item.note.id}`}>
              {separator}
              {item.kind === 'message' ? (
                <MessageItem row={item.row} view={messageView(item.row, (id) => flows.get(id))} templates={templates} />
              ) : (
                <NoteItem note={item.note} />
              )}
            </Fragment>
          );
        })}
      </div>
    </div>
  );
}

function NoteItem({ note }: { note: ConversationNote }) {
  const time = new Date(note.createdAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  if (note.kind === 'system') {
    return (
      <div className="tl-event" data-testid="note" data-kind="system">
        <span>{note.text}</span>
        <span className="tl-event__time">{time}</span>
      </div>
    );
  }
  return (
    <div className={`tl-note tl-note--${note.kind}`} data-testid="note" data-kind={note.kind}>
      <div className="tl-note__head">
        <Icon name={note.kind === 'handoff' ? 'handoff' : 'edit'} size={13} strokeWidth={2.2} />
        {note.kind === 'handoff' ? 'Handoff' : 'Internal note'}
        {note.author ? <span className="tl-note__author">· {note.author}</span> : null}
        <span className="tl-note__time">{time}</span>
      </div>
      <div className="tl-note__text">{note.text}</div>
    </div>
  );
}

function merge(messages: readonly InboxMessage[], notes: readonly ConversationNote[]): Item[] {
  // A note goes right after the message that was newest when it was made (same-millisecond steps stay in order).
  const after = new Map<number, ConversationNote[]>();
  const first: ConversationNote[] = [];
  const shown = new Set(messages.map((row) => row.id));
  for (const note of notes) {
    const anchor = note.afterMessageId;
    if (anchor === null || !shown.has(anchor)) first.push(note);
    else after.set(anchor, [...(after.get(anchor) ?? []), note]);
  }
  const items: Item[] = first.map((note) => ({ kind: 'note', at: note.createdAt, note }));
  for (const row of messages) {
    items.push({ kind: 'message', at: row.sentAt, row });
    for (const note of after.get(row.id) ?? []) items.push({ kind: 'note', at: note.createdAt, note });
  }
  return items;
}

function dayLabel(at: number): string {
  return new Date(at).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
}
