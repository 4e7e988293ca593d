import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import { useSession } from '../auth/session.ts';
import { Link } from '../router/Link.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { formatDateTime } from '../ui/formatTime.ts';
import { Icon } from '../ui/Icon.tsx';
import { showToast } from '../ui/toasts.tsx';
import { broadcastsApi } from './broadcastsApi.ts';
import {
  type Broadcast,
  type BroadcastTimeline,
  EXCLUSION_LABELS,
  type ExclusionReason,
  type Recipient,
} from './broadcastTypes.ts';
import { ResultsChart } from './ResultsChart.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import './broadcasts.css';

const LIVE = new Set<Broadcast['status']>(['sending', 'scheduled']);
const FILTERS = [
  { state: '', label: 'All' },
  { state: 'read', label: 'Read' },
  { state: 'delivered', label: 'Delivered' },
  { state: 'sent', label: 'Sent' },
  { state: 'failed', label: 'Failed' },
  { state: 'excluded', label: 'Excluded' },
  { state: 'pending', label: 'Waiting' },
];

/** `/broadcasts/:id`: the plan, live counts and chart, failures by error, replies, recipients, CSV export. */
export function BroadcastDetailPage({ id }: { id: string }) {
  const [broadcast, setBroadcast] = useState<Broadcast | null>(null);
  const [timeline, setTimeline] = useState<BroadcastTimeline | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);

  const load = useCallback(async () => {
    try {
      const [detail, results] = await Promise.all([broadcastsApi.get(id), broadcastsApi.results(id)]);
      setBroadcast({ ...detail, counts: results.counts });
      setTimeline(results.timeline);
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);
  // Live while it sends; slower afterwards, as reads, replies and opt-outs keep coming.
  const live = broadcast ? LIVE.has(broadcast.status) : true;
  useEffect(() => {
    const timer = setInterval(() => void load(), live ? 1000 : 3000);
    return () => clearInterval(timer);
  }, [live, load]);

  const act = async (action: 'start' | 'pause' | 'resume' | 'cancel') => {
    try {
      await broadcastsApi.action(id, action);
      await load();
    } catch (failure) {
      showToast(errorMessage(failure), 'error');
    }
  };

  if (!broadcast) {
    return (
      <div className="page bc-page">
        {error ? <p className="bc-problem">{error}</p> : <p className="muted">Loading…</p>}
      </div>
    );
  }
  const { counts } = broadcast;
  const done = counts.sent + counts.failed + counts.cancelled;
  return (
    <div className="page bc-page">
      <header className="page__header">
        <div>
          <Link to="/broadcasts" className="bc-back">
            <Icon name="arrowLeft" size={14} /> Broadcasts
          </Link>
          <h1 className="page__title">
            {broadcast.name} <StatusBadge broadcast={broadcast} />
          </h1>
          <p className="page__subtitle">
            Template <strong>{broadcast.template.name}</strong> ({broadcast.template.category}
            {broadcast.template.kind !== 'custom' ? `, ${broadcast.template.kind}` : ''}) from{' '}
            {broadcast.channel?.displayPhoneNumber ?? broadcast.channel?.name ?? 'a removed number'}
            {broadcast.sendMode === 'marketingLite' ? ' through Marketing Messages Lite' : ''}.
          </p>
        </div>
        <div className="page__actions">
          {broadcast.status === 'draft' || broadcast.status === 'scheduled' ? (
            <button type="button" className="btn btn--primary" onClick={() => void act('start')}>
              <Icon name="megaphone" size={16} /> Send now
            </button>
          ) : null}
          {broadcast.status === 'sending' ? (
            <button type="button" className="btn" onClick={() => void act('pause')}>
              Pause
            </button>
          ) : null}
          {broadcast.status === 'paused' ? (
            <button type="button" className="btn btn--primary" onClick={() => void act('resume')}>
              Resume
            </button>
          ) : null}
          {['draft', 'scheduled', 'sending', 'paused'].includes(broadcast.status) ? (
            <button type="button" className="btn btn--danger" onClick={() => setConfirmCancel(true)}>
              Cancel
            </button>
          ) : null}
          <button type="button" className="btn" onClick={() => void exportCsv(broadcast)}>
            <Icon name="download" size={16} /> Export CSV
          </button>
        </div>
      </header>

      <Notices broadcast={broadcast} />

      <section className="card bc-pad">
        <div className="bc-progress">
          <div
            className="bc-progress__bar"
            role="progressbar"
            aria-label="Sent"
            aria-valuemin={0}
            aria-valuemax={counts.recipients}
            aria-valuenow={counts.sent}
          >
            <span style={{ width: `${counts.recipients === 0 ? 0 : (done / counts.recipients) * 100}%` }} />
          </div>
          <span className="muted" data-testid="progress">
            {counts.sent.toLocaleString()} of {counts.recipients.toLocaleString()} sent
          </span>
        </div>
        <div className="bc-tiles bc-tiles--results" data-testid="counts">
          <Count label="Recipients" value={counts.recipients} name="recipients" />
          <Count label="Sent" value={counts.sent} name="sent" />
          <Count label="Delivered" value={counts.delivered} name="delivered" of={counts.sent} />
          <Count label="Read" value={counts.read} name="read" of={counts.sent} />
          <Count label="Replied" value={counts.replied} name="replied" of={counts.sent} />
          <Count label="Failed" value={counts.failed} name="failed" tone="danger" />
          <Count label="Opted out" value={counts.optedOut} name="optedOut" />
          <Count label="Excluded" value={counts.excluded} name="excluded" />
        </div>
        {timeline ? <ResultsChart timeline={timeline} total={counts.recipients} /> : null}
      </section>

      <div className="bc-columns">
        <section className="card bc-pad">
          <h3 className="bc-h3">Failed, by WhatsApp error</h3>
          {counts.failedBy.length === 0 ? <p className="muted">No failure.</p> : null}
          <ul className="bc-reasons">
            {counts.failedBy.map((row) => (
              <li key={String(row.code)}>
                <span>
                  {row.code ?? '—'} · {row.title}
                </span>
                <strong>{row.count.toLocaleString()}</strong>
              </li>
            ))}
          </ul>
          <h3 className="bc-h3">Excluded</h3>
          {counts.excluded === 0 ? <p className="muted">Nobody.</p> : null}
          <ul className="bc-reasons">
            {Object.entries(counts.excludedBy).map(([reason, value]) => (
              <li key={reason}>
                <span>{EXCLUSION_LABELS[reason as ExclusionReason]}</span>
                <strong>{(value ?? 0).toLocaleString()}</strong>
              </li>
            ))}
          </ul>
        </section>
        <section className="card bc-pad">
          <h3 className="bc-h3">Quick-reply taps</h3>
          {counts.quickReplies.length === 0 ? <p className="muted">None yet.</p> : null}
          <ul className="bc-reasons">
            {counts.quickReplies.map((row) => (
              <li key={row.payload}>
                <span>{row.payload}</span>
                <strong>{row.count.toLocaleString()}</strong>
              </li>
            ))}
          </ul>
          <h3 className="bc-h3">Price categories</h3>
          <ul className="bc-reasons">
            <li>
              <span>Free</span>
              <strong>{counts.byPrice.free.toLocaleString()}</strong>
            </li>
            <li>
              <span>Utility</span>
              <strong>{counts.byPrice.utility.toLocaleString()}</strong>
            </li>
            <li>
              <span>Marketing</span>
              <strong>{counts.byPrice.marketing.toLocaleString()}</strong>
            </li>
          </ul>
        </section>
      </div>

      <Recipients id={id} version={done + counts.excluded + counts.replied} />

      {confirmCancel ? (
        <ConfirmDialog
          title="Cancel this broadcast?"
          confirmLabel="Cancel the broadcast"
          tone="danger"
          onConfirm={() => {
            setConfirmCancel(false);
            void act('cancel');
          }}
          onCancel={() => setConfirmCancel(false)}
        >
          Nobody else will get it. Messages already sent stay sent.
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function Notices({ broadcast }: { broadcast: Broadcast }) {
  return (
    <>
      {broadcast.status === 'scheduled' && broadcast.scheduledLocal ? (
        <p className="bc-notice" data-testid="scheduled-for">
          <Icon name="clock" size={16} /> Scheduled for {broadcast.scheduledLocal.replace('T', ' ')} (
          {broadcast.timeZone}) — {formatDateTime(broadcast.scheduledAt ?? 0)} in this browser's time.
        </p>
      ) : null}
      {broadcast.plan ? (
        <p className="bc-notice" data-testid="plan-summary">
          <Icon name="info" size={16} /> {broadcast.plan.summary}
        </p>
      ) : null}
      {broadcast.status === 'sending' && broadcast.waitingUntil ? (
        <p className="bc-notice bc-notice--warning">
          <Icon name="wait" size={16} /> The messaging limit is reached: sending continues by itself at{' '}
          {formatDateTime(broadcast.waitingUntil)}.
        </p>
      ) : null}
      {broadcast.channel?.stoppedReason && (broadcast.status === 'sending' || broadcast.status === 'scheduled') ? (
        <p className="bc-notice bc-notice--warning">
          <Icon name="warning" size={16} /> The number's queue is stopped ({broadcast.channel.stoppedReason}): nothing
          leaves until the number is resumed in its settings.
        </p>
      ) : null}
      {broadcast.statusReason ? (
        <p className="bc-notice bc-notice--warning">
          <Icon name="warning" size={16} /> {broadcast.statusReason}
        </p>
      ) : null}
    </>
  );
}

function Count({
  label,
  value,
  name,
  of,
  tone,
}: {
  label: string;
  value: number;
  name: string;
  of?: number;
  tone?: 'danger';
}) {
  return (
    <div className={`bc-tile${tone ? ` bc-tile--${tone}` : ''}`} data-count={name}>
      <span className="bc-tile__value">{value.toLocaleString()}</span>
      <span className="bc-tile__label">
        {label}
        {of ? ` · ${Math.round((value / of) * 100)}%` : ''}
      </span>
    </div>
  );
}

/** The recipients, filtered by state, a page at a time (keyset by their order). */
function Recipients({ id, version }: { id: string; version: number }) {
  const [state, setState] = useState('');
  const [rows, setRows] = useState<Recipient[]>([]);
  const [more, setMore] = useState(false);
  useEffect(() => {
    let live = true;
    // Refreshed as the counts move (`version`).
    void version;
    broadcastsApi.recipients(id, { ...(state ? { state } : {}), limit: 50 }).then(
      (page) => {
        if (!live) return;
        setRows(page);
        setMore(page.length === 50);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [id, state, version]);
  const loadMore = async () => {
    const last = rows[rows.length - 1];
    const page = await broadcastsApi.recipients(id, { ...(state ? { state } : {}), after: last?.seq, limit: 50 });
    setRows([...rows, ...page]);
    setMore(page.length === 50);
  };
  return (
    <section className="card bc-pad">
      <div className="bc-row bc-row--between">
        <h3 className="bc-h3">Recipients</h3>
        <div className="bc-filters" role="tablist">
          {FILTERS.map((filter) => (
            <button
              key={filter.state}
              type="button"
              role="tab"
              aria-selected={state === filter.state}
              className={`btn btn--sm${state === filter.state ? ' btn--primary' : ''}`}
              onClick={() => setState(filter.state)}
            >
              {filter.label}
            </button>
          ))}
        </div>
      </div>
      <table className="bc-table">
        <thead>
          <tr>
            <th>Contact</th>
            <th>State</th>
            <th>Detail</th>
            <th>Sent</th>
            <th>Replied</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.seq}>
              <td>
                {row.name ?? 'No name'} <span className="muted">+{row.waId}</span>
              </td>
              <td>
                <span className={`badge ${STATE_TONE[row.state] ?? ''}`}>{row.state}</span>
              </td>
              <td className="muted">
                {row.state === 'excluded'
                  ? (row.reasonText ?? (row.reason ? EXCLUSION_LABELS[row.reason] : ''))
                  : row.errorCode !== null
                    ? `${row.errorCode}: ${row.errorMessage ?? ''}`
                    : (row.price ?? '')}
              </td>
              <td className="muted">{row.sentAt ? formatDateTime(row.sentAt) : ''}</td>
              <td className="muted">
                {row.repliedAt ? (row.quickReply ? `tapped “${row.quickReply}”` : 'replied') : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {more ? (
        <button type="button" className="btn btn--sm" onClick={() => void loadMore()}>
          Show more
        </button>
      ) : null}
    </section>
  );
}

const STATE_TONE: Record<string, string> = {
  read: 'badge--blue',
  delivered: 'badge--green',
  sent: 'badge--green',
  failed: 'badge--red',
  excluded: 'badge--amber',
  cancelled: 'badge--red',
};

/** Downloads the results CSV (the API wants the token, so not a plain link). */
async function exportCsv(broadcast: Broadcast) {
  try {
    const response = await fetch(`/api/broadcasts/${encodeURIComponent(broadcast.id)}/export.csv`, {
      headers: { Authorization: `Bearer ${useSession.getState().token ?? ''}` },
    });
    if (!response.ok) throw new Error(`The export failed (HTTP ${response.status}).`);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `${broadcast.name.replace(/[^\w.-]+/g, '_') || 'broadcast'}-results.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  } catch (failure) {
    showToast(errorMessage(failure), 'error');
  }
}
