import { useEffect, useState } from 'react';
import { EmptyState } from '../ui/EmptyState.tsx';
import { Icon } from '../ui/Icon.tsx';
import { ConversationRow } from './ConversationRow.tsx';
import { InboxFilters } from './InboxFilters.tsx';
import { DEFAULT_FILTER, useInbox } from './inboxStore.ts';
import type { InboxFilter } from './inboxTypes.ts';
import { useServerNow } from './serverClock.ts';
import { watchConnection } from './workspaceEvents.ts';

type QuickView = 'all' | 'mine' | 'unassigned' | 'unread';

/** The left column: search, quick views with counts, filters, and the conversations. */
export function ConversationList({ selectedId }: { selectedId: string | null }) {
  const now = useServerNow();
  const { conversations, counts, filter, listStatus, listError, nextCursor, me } = useInbox();
  const setFilter = useInbox((state) => state.setFilter);
  const [search, setSearch] = useState(filter.q);
  const [live, setLive] = useState(false);
  useEffect(() => watchConnection(setLive), []);
  // Search as the agent types, without a request per key.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (search !== useInbox.getState().filter.q) setFilter({ q: search });
    }, 250);
    return () => clearTimeout(timer);
  }, [search, setFilter]);

  const quick: QuickView = filter.unread
    ? 'unread'
    : filter.assignee === 'me'
      ? 'mine'
      : filter.assignee === 'unassigned'
        ? 'unassigned'
        : 'all';
  const views: { id: QuickView; label: string; count: number | undefined; change: Partial<InboxFilter> }[] = [
    { id: 'all', label: 'All', count: counts?.open, change: { unread: false, assignee: null, team: null } },
    { id: 'mine', label: 'Mine', count: counts?.mine, change: { unread: false, assignee: 'me', team: null } },
    {
      id: 'unassigned',
      label: 'Unassigned',
      count: counts?.unassigned,
      change: { unread: false, assignee: 'unassigned', team: null },
    },
    { id: 'unread', label: 'Unread', count: counts?.unread, change: { unread: true, assignee: null, team: null } },
  ];
  const filtered = JSON.stringify({ ...filter, q: '' }) !== JSON.stringify({ ...DEFAULT_FILTER, q: '' });

  return (
    <section className="clist" aria-label="Conversations">
      <header className="clist__head">
        <h1 className="clist__title">Inbox</h1>
        <span
          className={`live${live ? ' is-on' : ''}`}
          title={live ? 'Live: new messages appear as they arrive' : 'Reconnecting…'}
          data-testid="inbox-live"
        >
          <span className="live__dot" />
          {live ? 'Live' : 'Offline'}
        </span>
      </header>
      <div className="clist__search">
        <Icon name="search" size={16} />
        <input
          className="input"
          type="search"
          placeholder="Search name, phone or message"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          aria-label="Search conversations"
          data-testid="inbox-search"
        />
      </div>
      <div className="clist__views" role="tablist" aria-label="Views">
        {views.map((view) => (
          <button
            key={view.id}
            type="button"
            role="tab"
            aria-selected={quick === view.id}
            className={`qview${quick === view.id ? ' is-current' : ''}`}
            onClick={() => setFilter(view.change)}
            data-view={view.id}
          >
            {view.label}
            {view.count !== undefined ? <span className="qview__count">{view.count}</span> : null}
          </button>
        ))}
      </div>
      <InboxFilters />
      <div className="clist__rows" data-testid="conversation-list">
        {listStatus === 'error' ? <p className="clist__error">{listError}</p> : null}
        {listStatus === 'ready' && conversations.length === 0 ? (
          <EmptyState icon="inbox" title={filtered || filter.q ? 'Nothing matches' : 'No conversations yet'}>
            {filtered || filter.q
              ? 'No conversation matches these filters. Clear them to see everything.'
              : 'When a customer writes to your WhatsApp number, the conversation appears here.'}
          </EmptyState>
        ) : null}
        {conversations.map((conversation) => (
          <ConversationRow
            key={conversation.id}
            conversation={conversation}
            selected={conversation.id === selectedId}
            now={now}
            meId={me?.memberId ?? null}
            meName={me?.name ?? null}
          />
        ))}
        {nextCursor ? (
          <button
            type="button"
            className="btn btn--ghost clist__more"
            onClick={() => void useInbox.getState().loadMore()}
          >
            Load more
          </button>
        ) : null}
      </div>
    </section>
  );
}
