import { nodeDefinitions } from '@salesbot/graph';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import type { ChannelSummary } from '../api/apiTypes.ts';
import { api } from '../auth/session.ts';
import { PanelHeader } from '../panels/PanelHeader.tsx';
import { useEditor, useEditorApi } from '../store/EditorStoreContext.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { compactCount } from '../ui/formatCount.ts';
import { formatDateTime } from '../ui/formatTime.ts';
import { IconButton } from '../ui/IconButton.tsx';
import { useVersions } from '../versions/useVersions.ts';
import { endedByReason, endReasonLabel, PERIODS, percent, stepNotes } from './resultsFormat.ts';

/** While the tab is open the numbers are read again this often (sessions keep moving while a bot is live). */
const REFRESH_MS = 30_000;

/**
 * The Results tab: how people went through the published bot in a period — sessions started, running and ended (by
 * why), and each step reached; while it is open the same numbers sit on the canvas, on every step and output.
 */
export function ResultsPanel() {
  const store = useEditorApi();
  const flowId = useEditor((state) => state.flowId);
  const publishedVersion = useEditor((state) => state.publishedVersion);
  const nodes = useEditor((state) => state.graph.nodes);
  const { versions } = useVersions(flowId, publishedVersion);
  const [days, setDays] = useState<number | null>(30);
  const [version, setVersion] = useState<number | null>(null);
  const [channel, setChannel] = useState<string | null>(null);
  const channels = useChannels();
  // What the canvas shows is what this tab shows: the store holds the answer while the tab is open.
  const analytics = useEditor((state) => state.analytics);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const asked = useRef(0);

  const load = useCallback(async () => {
    if (!flowId) return;
    const call = ++asked.current;
    setLoading(true);
    try {
      const result = await api.flowAnalytics(flowId, { days, version, channel });
      if (call !== asked.current) return; // a newer question was asked meanwhile
      setError(null);
      store.getState().setView({ analytics: result });
    } catch (caught) {
      if (call === asked.current) setError(errorMessage(caught));
    } finally {
      if (call === asked.current) setLoading(false);
    }
  }, [flowId, days, version, channel, store]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);
  // The canvas shows the numbers only while this tab does: closing it drops them and any answer still on its way.
  useEffect(
    () => () => {
      asked.current += 1;
      store.getState().setView({ analytics: null });
    },
    [store],
  );

  const started = analytics?.sessions.started ?? 0;
  const ended = analytics ? endedByReason(analytics) : [];
  const endedTotal = ended.reduce((sum, entry) => sum + entry.n, 0);
  const reveal = (nodeId: string) => {
    store.getState().select({ nodeIds: [nodeId] });
    store.getState().requestReveal(nodeId);
  };

  return (
    <div className="inspector results" data-testid="results-panel" aria-busy={loading}>
      <PanelHeader
        icon="chart"
        tone="flow"
        title="Results"
        description="How people went through the published bot. Each step on the canvas shows how many reached it."
      >
        <IconButton
          icon="restore"
          label="Refresh"
          size="sm"
          placement="below"
          disabled={loading}
          onClick={() => void load()}
        />
      </PanelHeader>

      <div className="results__filters">
        <FilterSelect
          label="Period"
          testId="results-period"
          value={days === null ? null : String(days)}
          onChange={(value) => setDays(value === null ? null : Number(value))}
          options={PERIODS.map((period) => ({
            value: period.days === null ? null : String(period.days),
            label: period.label,
          }))}
        />
        <FilterSelect
          label="Version"
          testId="results-version"
          value={version === null ? null : String(version)}
          onChange={(value) => setVersion(value === null ? null : Number(value))}
          options={[
            { value: null, label: 'All versions' },
            ...(versions ?? []).map((entry) => ({
              value: String(entry.version),
              label: `Version ${entry.version}${entry.version === publishedVersion ? ' (live)' : ''}`,
            })),
          ]}
        />
        {channels.length > 1 ? (
          <FilterSelect
            label="Number"
            testId="results-channel"
            value={channel}
            onChange={setChannel}
            options={[
              { value: null, label: 'All numbers' },
              ...channels.map((entry) => ({
                value: entry.id,
                label: entry.sandbox ? `${entry.name} (test)` : entry.displayPhoneNumber || entry.name,
              })),
            ]}
          />
        ) : null}
      </div>

      {error ? <p className="pfield__problem">{error}</p> : null}

      {analytics && started === 0 ? (
        publishedVersion === null && (versions ?? []).length === 0 ? (
          <EmptyState icon="publish" title="Not published yet">
            Publish the flow to put it in front of customers; its results show here.
          </EmptyState>
        ) : (
          <EmptyState icon="chart" title="No sessions in this period">
            No one has gone through this flow{days ? ' in this period' : ' yet'}. Choose a longer period or send it a
            message from the preview.
          </EmptyState>
        )
      ) : null}

      {analytics && started > 0 ? (
        <>
          <div className="results__tiles" data-testid="results-summary">
            <div className="results__tile">
              <span className="results__value" data-stat="started">
                {compactCount(started)}
              </span>
              <span className="results__label">started</span>
            </div>
            <div className="results__tile">
              <span className="results__value" data-stat="running">
                {compactCount(analytics.sessions.running)}
              </span>
              <span className="results__label">running now</span>
            </div>
            <div className="results__tile">
              <span className="results__value" data-stat="ended">
                {compactCount(endedTotal)}
              </span>
              <span className="results__label">ended</span>
            </div>
          </div>

          {ended.length > 0 ? (
            <section className="results__section">
              <h4>How sessions ended</h4>
              <ul className="results__bars">
                {ended.map((entry) => (
                  <li key={entry.reason} data-reason={entry.reason}>
                    <span className="results__bar-label">{endReasonLabel(entry.reason)}</span>
                    <span className="results__bar-count">
                      {compactCount(entry.n)} · {percent(entry.n, started)}
                    </span>
                    <span className="results__bar" style={{ width: `${(entry.n / started) * 100}%` }} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section className="results__section">
            <h4>Steps reached</h4>
            <ul className="results__bars">
              {nodes.map((node) => {
                const stats = analytics.steps[node.id];
                const reached = stats?.reached ?? 0;
                const notes = stepNotes(node, stats);
                return (
                  <li key={node.id} data-node={node.id}>
                    <button type="button" className="results__step" onClick={() => reveal(node.id)}>
                      <span className="results__bar-label">{node.label || nodeDefinitions[node.type].label}</span>
                      <span className="results__bar-count">
                        {compactCount(reached)} · {percent(reached, started)}
                      </span>
                      <span className="results__bar" style={{ width: `${(reached / started) * 100}%` }} />
                    </button>
                    {notes.length > 0 ? <span className="results__step-meta">{notes.join(' · ')}</span> : null}
                  </li>
                );
              })}
            </ul>
          </section>
          <p className="results__note">
            Counted from the sessions’ steps{analytics.version ? ` of version ${analytics.version}` : ''}, read{' '}
            {formatDateTime(analytics.readAt)}. A session that passed a step twice counts once there.
          </p>
        </>
      ) : null}
    </div>
  );
}

/**
 * One of the tab's filters: a labelled select whose `null` choice ("all …") is kept apart from every value (an
 * option's value in the DOM is a string; `null` is written as "all").
 */
function FilterSelect({
  label,
  testId,
  value,
  options,
  onChange,
}: {
  label: string;
  testId: string;
  value: string | null;
  options: { value: string | null; label: string }[];
  onChange: (value: string | null) => void;
}) {
  return (
    <label className="results__filter">
      <span>{label}</span>
      <select
        className="select select--sm"
        value={value ?? ALL}
        onChange={(event) => onChange(event.target.value === ALL ? null : event.target.value)}
        data-testid={testId}
      >
        {options.map((option) => (
          <option key={option.value ?? ALL} value={option.value ?? ALL}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const ALL = 'all';

/** The workspace's numbers, for the Number filter (shown only when there is more than one: a test number apart). */
function useChannels(): ChannelSummary[] {
  const [channels, setChannels] = useState<ChannelSummary[]>([]);
  useEffect(() => {
    let current = true;
    api.listChannels().then(
      (list) => current && setChannels(list),
      () => {}, // without the list the filter is not offered; the results still show
    );
    return () => {
      current = false;
    };
  }, []);
  return channels;
}
