import type { ContactState } from '@salesbot/engine';
import { useState } from 'react';
import { Icon } from '../ui/Icon.tsx';
import { CommitInput } from './CommitInput.tsx';
import type { PreviewAction } from './previewTypes.ts';

/**
 * The contact as the bot sees it — name, tags, fields, stage, opt-in — editable at any time. Before the first
 * action an edit changes the run's starting contact; during the run it is an action (undone by step-back).
 */
export function ContactPanel({
  contact,
  onChange,
  onAct,
}: {
  contact: ContactState;
  onChange: (contact: ContactState) => void;
  onAct: (action: PreviewAction) => void;
}) {
  const [tag, setTag] = useState('');
  const [field, setField] = useState('');
  const [pipeline, setPipeline] = useState(contact.stage?.pipeline ?? 'sales');
  const [stage, setStage] = useState(contact.stage?.stage ?? '');
  const addTag = () => {
    const name = tag.trim();
    if (name && !contact.tags.includes(name)) onChange({ ...contact, tags: [...contact.tags, name] });
    setTag('');
  };
  return (
    <div className="pv-panel" data-testid="contact-panel">
      <div className="pv-kv">
        <span className="pv-kv__key">name</span>
        <CommitInput
          className="input input--sm"
          aria-label="Name"
          value={contact.name ?? ''}
          onCommit={(name) => onChange({ ...contact, ...(name ? { name } : { name: undefined }) })}
        />
      </div>
      <div className="pv-kv">
        <span className="pv-kv__key">WhatsApp id</span>
        <span className="pv-kv__value">{contact.waId}</span>
      </div>
      <h4 className="pv-panel__heading">Tags</h4>
      <div className="pv-tags" data-testid="contact-tags">
        {contact.tags.map((name) => (
          <span key={name} className="pv-tag" data-tag={name}>
            {name}
            <button
              type="button"
              aria-label={`Remove tag ${name}`}
              onClick={() => onChange({ ...contact, tags: contact.tags.filter((other) => other !== name) })}
            >
              <Icon name="close" size={11} />
            </button>
          </span>
        ))}
        <input
          className="input input--sm pv-tags__add"
          placeholder="Add a tag"
          aria-label="Add a tag"
          value={tag}
          onChange={(event) => setTag(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && addTag()}
          onBlur={addTag}
        />
      </div>
      <h4 className="pv-panel__heading">Fields</h4>
      {Object.entries(contact.fields).map(([name, value]) => (
        <div key={name} className="pv-kv" data-field={name}>
          <span className="pv-kv__key">{name}</span>
          <CommitInput
            className="input input--sm"
            aria-label={`Field ${name}`}
            value={value}
            onCommit={(next) => {
              const fields = { ...contact.fields };
              if (next === '') delete fields[name];
              else fields[name] = next;
              onChange({ ...contact, fields });
            }}
          />
        </div>
      ))}
      <div className="pv-kv">
        <input
          className="input input--sm"
          placeholder="new field name"
          aria-label="New field name"
          value={field}
          onChange={(event) => setField(event.target.value)}
        />
        <button
          type="button"
          className="btn btn--sm"
          disabled={!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field) || field in contact.fields}
          onClick={() => {
            onChange({ ...contact, fields: { ...contact.fields, [field]: '' } });
            setField('');
          }}
        >
          Add
        </button>
      </div>
      <h4 className="pv-panel__heading">Stage</h4>
      <div className="pv-kv pv-kv--stage">
        <input
          className="input input--sm"
          aria-label="Pipeline"
          placeholder="pipeline"
          value={pipeline}
          onChange={(event) => setPipeline(event.target.value)}
        />
        <input
          className="input input--sm"
          aria-label="Stage"
          placeholder="stage"
          value={stage}
          onChange={(event) => setStage(event.target.value)}
        />
        <button
          type="button"
          className="btn btn--sm"
          disabled={!pipeline.trim() || !stage.trim()}
          title="The lead moves to this stage: a running session hears it, a stage trigger starts the flow"
          onClick={() => onAct({ type: 'stage', pipeline: pipeline.trim(), stage: stage.trim() })}
        >
          Move
        </button>
      </div>
      {contact.stage ? (
        <p className="pv-panel__hint" data-testid="contact-stage">
          Now in {contact.stage.pipeline} › {contact.stage.stage}
        </p>
      ) : null}
      <h4 className="pv-panel__heading">Consent</h4>
      <label className="pv-kv">
        <span className="pv-kv__key">opt-in</span>
        <select
          className="select select--sm"
          value={contact.optIn}
          onChange={(event) => onChange({ ...contact, optIn: event.target.value as ContactState['optIn'] })}
        >
          <option value="optedIn">opted in</option>
          <option value="unknown">unknown</option>
          <option value="optedOut">opted out</option>
        </select>
      </label>
      <label className="pv-check">
        <input
          type="checkbox"
          checked={contact.marketingOptOut ?? false}
          onChange={(event) => onChange({ ...contact, marketingOptOut: event.target.checked })}
        />
        Stopped marketing messages
      </label>
    </div>
  );
}
