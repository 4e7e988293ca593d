import { useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import { Link } from '../router/Link.tsx';
import { navigate } from '../router/navigate.ts';
import { EmptyState } from '../ui/EmptyState.tsx';
import { formatDateTime } from '../ui/formatTime.ts';
import { Icon } from '../ui/Icon.tsx';
import { broadcastsApi } from './broadcastsApi.ts';
import type { Broadcast, MessagingSettings } from './broadcastTypes.ts';
import { StatusBadge } from './StatusBadge.tsx';
import './broadcasts.css';

/** `/broadcasts`: every broadcast with its status and results so far, and the workspace's messaging limit. */
export function BroadcastsPage() {
  const [broadcasts, setBroadcasts] = useState<Broadcast[] | null>(null);
  const [settings, setSettings] = useState<MessagingSettings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      broadcastsApi.list().then(
        (list) => live && setBroadcasts(list),
        (failure) => live && setError(errorMessage(failure)),
      );
    void load();
    void broadcastsApi.settings().then(
      (value) => live && setSettings(value),
      () => {},
    );
    // Sending broadcasts move: refresh while the page is open.
    const timer = setInterval(load, 3000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);

  return (
    <div className="page bc-page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Broadcasts</h1>
          <p className="page__subtitle">
            Approved templates to opted-in contacts, at WhatsApp's pace.
            {settings
              ? ` Messaging limit: ${settings.messagingLimit === null ? 'unlimited' : settings.messagingLimit.toLocaleString()} contacts a day outside their window (${settings.usedLast24h.toLocaleString()} in the last 24 h).`
              : ''}
          </p>
        </div>
        <div className="page__actions">
          <button type="button" className="btn btn--primary" onClick={() => navigate('/broadcasts/new')}>
            <Icon name="plus" size={16} /> New broadcast
          </button>
        </div>
      </header>
      <section className="card">
        {error ? <p className="bc-problem bc-pad">{error}</p> : null}
        {broadcasts === null && !error ? <p className="muted bc-pad">Loading…</p> : null}
        {broadcasts?.length === 0 ? (
          <EmptyState
            icon="broadcasts"
            title="No broadcast yet"
            actions={
              <button type="button" className="btn btn--primary" onClick={() => navigate('/broadcasts/new')}>
                <Icon name="plus" size={16} /> New broadcast
              </button>
            }
          >
            Send an approved template to contacts who opted in: chosen by tag, pipeline stage, fields or a CSV file.
          </EmptyState>
        ) : null}
        {broadcasts && broadcasts.length > 0 ? (
          <table className="bc-table bc-list">
            <thead>
              <tr>
                <th>Name</th>
                <th>Status</th>
                <th>Template</th>
                <th className="num">Recipients</th>
                <th className="num">Sent</th>
                <th className="num">Delivered</th>
                <th className="num">Read</th>
                <th className="num">Replied</th>
                <th>When</th>
              </tr>
            </thead>
            <tbody>
              {broadcasts.map((broadcast) => (
                <tr key={broadcast.id} data-broadcast={broadcast.id}>
                  <td>
                    <Link to={`/broadcasts/${encodeURIComponent(broadcast.id)}`} className="bc-list__name">
                      {broadcast.name}
                    </Link>
                  </td>
                  <td>
                    <StatusBadge broadcast={broadcast} />
                  </td>
                  <td className="muted">{broadcast.template.name}</td>
                  <td className="num">{broadcast.counts.recipients.toLocaleString()}</td>
                  <td className="num">{broadcast.counts.sent.toLocaleString()}</td>
                  <td className="num">{percent(broadcast.counts.delivered, broadcast.counts.sent)}</td>
                  <td className="num">{percent(broadcast.counts.read, broadcast.counts.sent)}</td>
                  <td className="num">{percent(broadcast.counts.replied, broadcast.counts.sent)}</td>
                  <td className="muted">
                    {broadcast.status === 'scheduled' && broadcast.scheduledLocal
                      ? `${broadcast.scheduledLocal.replace('T', ' ')} (${broadcast.timeZone})`
                      : formatDateTime(broadcast.startedAt ?? broadcast.createdAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </div>
  );
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`;
}
