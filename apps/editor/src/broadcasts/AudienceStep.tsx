import { useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import type { ContactFieldInfo, PipelineInfo } from '../api/apiTypes.ts';
import { api } from '../auth/session.ts';
import { Icon } from '../ui/Icon.tsx';
import { broadcastsApi } from './broadcastsApi.ts';
import type { Audience, AudienceCount } from './broadcastTypes.ts';
import { CsvUpload } from './CsvUpload.tsx';

export type AudienceMode = 'tags' | 'stage' | 'fields' | 'csv';

const MODES: { id: AudienceMode; label: string; hint: string }[] = [
  { id: 'tags', label: 'Tags', hint: 'Contacts with any of these tags' },
  { id: 'stage', label: 'Pipeline stage', hint: 'Contacts whose lead is at a stage' },
  { id: 'fields', label: 'Fields', hint: 'Contacts whose fields match' },
  { id: 'csv', label: 'Upload a CSV', hint: 'Phones in international format, fields as columns' },
];

const OPS: { id: Audience['fields'][number]['op']; label: string; needsValue: boolean }[] = [
  { id: 'equals', label: 'is', needsValue: true },
  { id: 'notEquals', label: 'is not', needsValue: true },
  { id: 'contains', label: 'contains', needsValue: true },
  { id: 'isSet', label: 'is set', needsValue: false },
  { id: 'isNotSet', label: 'is empty', needsValue: false },
];

/** Step 1: who gets it — by tags, stage, fields or an uploaded list — with the live count and a sample. */
export function AudienceStep({
  mode,
  audience,
  onChange,
  onCount,
}: {
  mode: AudienceMode;
  audience: Audience;
  onChange: (mode: AudienceMode, audience: Audience) => void;
  onCount: (count: AudienceCount | null) => void;
}) {
  const [pipelines, setPipelines] = useState<PipelineInfo[]>([]);
  const [fields, setFields] = useState<ContactFieldInfo[]>([]);
  const [tagText, setTagText] = useState(audience.tags.join(', '));
  const [count, setCount] = useState<AudienceCount | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.listPipelines().then(setPipelines, () => setPipelines([]));
    void api.listContactFields().then(setFields, () => setFields([]));
  }, []);

  const complete =
    (mode === 'tags' && audience.tags.length > 0) ||
    (mode === 'stage' && audience.stage !== undefined) ||
    (mode === 'fields' && audience.fields.length > 0) ||
    (mode === 'csv' && audience.listId !== undefined);

  useEffect(() => {
    if (!complete) {
      setCount(null);
      onCount(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      broadcastsApi.audience(audience).then(
        (result) => {
          if (!live) return;
          setCount(result);
          setError(null);
          onCount(result);
        },
        (failure) => live && setError(errorMessage(failure)),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [audience, complete, onCount]);

  const set = (next: Partial<Audience>, nextMode = mode) =>
    onChange(nextMode, { tags: [], fields: [], ...next } as Audience);
  const pipeline = pipelines.find((candidate) => candidate.name === audience.stage?.pipeline) ?? pipelines[0];
  const fieldNames = ['first_name', 'email', ...fields.map((field) => field.name)].filter(
    (name, index, all) => all.indexOf(name) === index,
  );

  return (
    <div className="bc-step">
      <fieldset className="bc-modes" aria-label="Choose the audience by">
        {MODES.map((option) => (
          <button
            key={option.id}
            type="button"
            aria-pressed={mode === option.id}
            className={`bc-mode${mode === option.id ? ' is-selected' : ''}`}
            onClick={() => set({}, option.id)}
          >
            <span className="bc-mode__label">{option.label}</span>
            <span className="bc-mode__hint">{option.hint}</span>
          </button>
        ))}
      </fieldset>

      {mode === 'tags' ? (
        <label className="bc-field">
          <span className="bc-field__label">Tags (any of them)</span>
          <input
            className="input"
            placeholder="vip, newsletter"
            value={tagText}
            onChange={(event) => {
              setTagText(event.target.value);
              const tags = event.target.value
                .split(',')
                .map((tag) => tag.trim())
                .filter(Boolean);
              set({ tags });
            }}
            aria-label="Tags"
          />
        </label>
      ) : null}

      {mode === 'stage' ? (
        pipelines.length === 0 ? (
          <p className="muted">This workspace has no pipeline yet.</p>
        ) : (
          <div className="bc-row">
            <label className="bc-field">
              <span className="bc-field__label">Pipeline</span>
              <select
                className="select"
                value={pipeline?.name ?? ''}
                onChange={(event) => {
                  const chosen = pipelines.find((candidate) => candidate.name === event.target.value);
                  const stage = chosen?.stages[0]?.name;
                  set(chosen && stage ? { stage: { pipeline: chosen.name, stage } } : {});
                }}
              >
                {pipelines.map((candidate) => (
                  <option key={candidate.id}>{candidate.name}</option>
                ))}
              </select>
            </label>
            <label className="bc-field">
              <span className="bc-field__label">Stage</span>
              <select
                className="select"
                value={audience.stage?.stage ?? ''}
                onChange={(event) => pipeline && set({ stage: { pipeline: pipeline.name, stage: event.target.value } })}
              >
                <option value="" disabled>
                  Choose a stage
                </option>
                {(pipeline?.stages ?? []).map((stage) => (
                  <option key={stage.id}>{stage.name}</option>
                ))}
              </select>
            </label>
          </div>
        )
      ) : null}

      {mode === 'fields' ? (
        <div className="bc-conditions">
          {audience.fields.map((condition, index) => {
            const op = OPS.find((candidate) => candidate.id === condition.op) ?? OPS[0]!;
            const update = (patch: Partial<Audience['fields'][number]>) =>
              set({ fields: audience.fields.map((old, at) => (at === index ? { ...old, ...patch } : old)) });
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: conditions are positional
              <div key={index} className="bc-row">
                <select
                  className="select"
                  value={condition.field}
                  aria-label="Field"
                  onChange={(event) => update({ field: event.target.value })}
                >
                  {fieldNames.map((name) => (
                    <option key={name}>{name}</option>
                  ))}
                </select>
                <select
                  className="select"
                  value={condition.op}
                  aria-label="Condition"
                  onChange={(event) => update({ op: event.target.value as typeof condition.op })}
                >
                  {OPS.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.label}
                    </option>
                  ))}
                </select>
                {op.needsValue ? (
                  <input
                    className="input"
                    value={condition.value}
                    aria-label="Value"
                    onChange={(event) => update({ value: event.target.value })}
                  />
                ) : null}
                <button
                  type="button"
                  className="btn btn--ghost btn--icon"
                  aria-label="Remove the condition"
                  onClick={() => set({ fields: audience.fields.filter((_, at) => at !== index) })}
                >
                  <Icon name="trash" size={16} />
                </button>
              </div>
            );
          })}
          <button
            type="button"
            className="btn btn--sm"
            onClick={() =>
              set({ fields: [...audience.fields, { field: fieldNames[0] ?? 'first_name', op: 'equals', value: '' }] })
            }
          >
            <Icon name="plus" size={14} /> Add a condition
          </button>
        </div>
      ) : null}

      {mode === 'csv' ? <CsvUpload listId={audience.listId} onList={(listId) => set({ listId })} /> : null}

      <div className="bc-count" aria-live="polite">
        {error ? <p className="bc-problem">{error}</p> : null}
        {count ? (
          <>
            <p className="bc-count__total" data-testid="audience-count">
              <strong>{count.count.toLocaleString()}</strong> contact{count.count === 1 ? '' : 's'} match
            </p>
            <ul className="bc-sample">
              {count.sample.map((contact) => (
                <li key={contact.id}>
                  <span>{contact.name ?? 'No name'}</span>
                  <span className="muted">+{contact.waId}</span>
                  <span className={`badge ${contact.optIn === 'optedIn' ? 'badge--green' : 'badge--amber'}`}>
                    {contact.optIn === 'optedIn'
                      ? 'Opted in'
                      : contact.optIn === 'optedOut'
                        ? 'Opted out'
                        : 'No opt-in'}
                  </span>
                </li>
              ))}
            </ul>
            <p className="muted bc-note">
              Only contacts who opted in receive a broadcast; the others are listed as excluded with the reason.
            </p>
          </>
        ) : complete ? (
          <p className="muted">Counting…</p>
        ) : (
          <p className="muted">Choose who should receive it.</p>
        )}
      </div>
    </div>
  );
}
