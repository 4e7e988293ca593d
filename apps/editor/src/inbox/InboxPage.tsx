import { useEffect } from 'react';
import { useTemplates } from '../templates/useTemplates.ts';
import { ConversationList } from './ConversationList.tsx';
import { ConversationPane } from './ConversationPane.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { useInbox } from './inboxStore.ts';
import { useServerClockSync } from './serverClock.ts';
import { subscribeToWorkspaceEvents } from './workspaceEvents.ts';
import './inbox.css';

/** `/inbox` and `/inbox/:id`: the team's conversations, one open, with its contact and bot beside it. */
export function InboxPage({ conversationId }: { conversationId: string | null }) {
  useServerClockSync();
  useEffect(() => {
    const store = useInbox.getState();
    void store.start();
    void store.loadList();
    void useTemplates.getState().load();
    return subscribeToWorkspaceEvents((type, data) => useInbox.getState().onEvent(type, data));
  }, []);
  useEffect(() => {
    void useInbox.getState().select(conversationId);
  }, [conversationId]);
  const open = useInbox((state) => state.open);
  return (
    <div className={`inbox${open ? ' inbox--open' : ''}`}>
      <ConversationList selectedId={conversationId} />
      <ConversationPane open={open} />
      {open ? <DetailsPanel open={open} /> : null}
    </div>
  );
}
