import type { TraceEntry } from '@salesbot/engine';
import { useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import { useFlowNames } from '../flows/useFlowNames.ts';
import { Link } from '../router/Link.tsx';
import { formatDateTime } from '../ui/formatTime.ts';
import { Icon } from '../ui/Icon.tsx';
import { showToast } from '../ui/toasts.tsx';
import { endReasonLabel } from './endReasonLabel.ts';
import { inboxApi } from './inboxApi.ts';
import { useInbox } from './inboxStore.ts';
import type { SessionDetail, SessionSummary } from './inboxTypes.ts';

/** The bot sessions of the conversation: what runs (flow, version, the step it waits on), its trace, a stop button. */
export function SessionPanel({ sessions }: { sessions: readonly SessionSummary[] }) {
  const [openId, setOpenId] = useState<string | null>(null);
  const running = sessions.find((session) => session.status === 'waiting') ?? null;
  const shown = openId ?? running?.id ?? null;
  const flowNames = useFlowNames();
  return (
    <section className="dpanel__section" data-testid="sessions">
      <h3 className="dpanel__title">Bot sessions</h3>
      {sessions.length === 0 ? <p className="muted">No bot has run in this conversation.</p> : null}
      <ul className="sessions">
        {sessions.map((session) => (
          <li key={session.id}>
            <button
              type="button"
              className={`session${session.id === shown ? ' is-open' : ''}`}
              onClick={() => setOpenId(session.id === shown ? '' : session.id)}
              data-session={session.id}
              data-status={session.status}
            >
              <span className={`session__dot session__dot--${session.status}`} />
              <span className="session__flow">
                {flowNames.get(session.flowId) ?? session.flowId} <span className="muted">v{session.flowVersion}</span>
              </span>
              <span className="session__state">
                {session.status === 'waiting'
                  ? `waits on ${session.waitingLabel ?? session.waitingNode ?? '…'}`
                  : endReasonLabel(session.endReason)}
              </span>
            </button>
            {session.id === shown ? <SessionDetailView id={session.id} summary={session} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SessionDetailView({ id, summary }: { id: string; summary: SessionSummary }) {
  const [detail, setDetail] = useState<SessionDetail | null>(null);
  const flowName = useFlowNames().get(summary.flowId);
  const [busy, setBusy] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the session moves on
  useEffect(() => {
    let live = true;
    inboxApi
      .session(id)
      .then((loaded) => live && setDetail(loaded))
      .catch(() => live && setDetail(null));
    return () => {
      live = false;
    };
  }, [id, summary.updatedAt]);
  const stop = async () => {
    setBusy(true);
    try {
      await inboxApi.stopSession(id);
      showToast('Bot session stopped');
      await useInbox.getState().refreshOpen();
    } catch (error) {
      showToast(errorMessage(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="session__detail" data-testid="session-detail">
      <dl className="ccard__list">
        <div>
          <dt>Flow</dt>
          <dd>
            <Link to={`/flows/${encodeURIComponent(summary.flowId)}`}>{flowName ?? summary.flowId}</Link> · version{' '}
            {summary.flowVersion}
          </dd>
        </div>
        <div>
          <dt>{summary.status === 'waiting' ? 'Waits on' : 'Ended'}</dt>
          <dd>
            {summary.status === 'waiting' ? (
              <>
                {summary.waitingLabel ? `${summary.waitingLabel} ` : null}
                <code>{summary.waitingNode}</code>
              </>
            ) : (
              `${endReasonLabel(summary.endReason)}${detail?.endDetail ? ` (${detail.endDetail})` : ''}`
            )}
          </dd>
        </div>
        {detail?.startedAt ? (
          <div>
            <dt>Started</dt>
            <dd>{formatDateTime(detail.startedAt)}</dd>
          </div>
        ) : null}
        {detail?.timers
          .filter((timer) => timer.state === 'pending')
          .map((timer) => (
            <div key={timer.timerId}>
              <dt>Timer</dt>
              <dd>
                {timer.nodeId} at {formatDateTime(timer.dueAt)}
              </dd>
            </div>
          ))}
      </dl>
      {summary.status === 'waiting' ? (
        <button
          type="button"
          className="btn btn--sm btn--danger"
          onClick={() => void stop()}
          disabled={busy}
          data-testid="stop-session"
        >
          <Icon name="close" size={14} /> Stop this bot
        </button>
      ) : null}
      {detail ? (
        <details className="trace">
          <summary>Trace · {detail.trace.length} steps</summary>
          <ol>
            {detail.trace.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the trace is append-only
              <li key={index} className={`trace__entry trace__entry--${entry.kind}`}>
                {describe(entry)}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}

/** One trace entry in words. */
function describe(entry: TraceEntry): string {
  switch (entry.kind) {
    case 'enter':
      return `→ ${entry.nodeId}`;
    case 'edge':
      return `${entry.from} ─${entry.handle}→ ${entry.to ?? 'end'}`;
    case 'effect':
      return `${entry.effect}${entry.nodeId ? ` (${entry.nodeId})` : ''}`;
    case 'policy':
      return `${entry.allowed ? 'allowed' : `refused (${entry.code})`}: ${entry.reason}`;
    case 'event':
      return `event ${entry.event}${entry.detail ? `: ${entry.detail}` : ''}`;
    case 'end':
      return `end: ${entry.reason}${entry.detail ? ` (${entry.detail})` : ''}`;
  }
}
