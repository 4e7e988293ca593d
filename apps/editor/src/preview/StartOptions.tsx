import type { CustomerInput, ScriptReferral } from '@salesbot/engine';
import type { Graph, Trigger } from '@salesbot/graph';
import { useState } from 'react';
import { describeTrigger } from '../nodes/describeTrigger.ts';
import { Icon } from '../ui/Icon.tsx';
import type { PreviewAction } from './previewTypes.ts';

/**
 * How this flow can start, one line per trigger: message triggers say what to type (keywords are one tap), a
 * referral trigger turns on "arrive from an ad", and the others start with a button (API start with its variables).
 */
export function StartOptions({
  graph,
  ended,
  onSend,
  onAct,
  onReferral,
}: {
  graph: Graph;
  ended: boolean;
  onSend: (input: CustomerInput) => void;
  onAct: (action: PreviewAction) => void;
  onReferral: (referral: ScriptReferral) => void;
}) {
  const [apiTrigger, setApiTrigger] = useState<string | null>(null);
  if (graph.triggers.length === 0) {
    return (
      <div className="pv-start pv-start--empty">This flow has no trigger yet: add one on the canvas to start it.</div>
    );
  }
  return (
    <div className="pv-start" data-testid="start-options">
      <div className="pv-start__title">{ended ? 'Start again' : 'Start the conversation'}</div>
      {graph.triggers.map((trigger) => (
        <div key={trigger.id} className="pv-start__row" data-trigger={trigger.id}>
          <span className="pv-start__what">{describeTrigger(trigger).title}</span>
          {trigger.nodeId === null ? (
            <span className="pv-start__hint">Not connected to a step</span>
          ) : (
            <TriggerStart
              trigger={trigger}
              onSend={onSend}
              onAct={onAct}
              onReferral={onReferral}
              onApi={() => setApiTrigger(apiTrigger === trigger.id ? null : trigger.id)}
            />
          )}
          {apiTrigger === trigger.id ? (
            <ApiStartForm
              graph={graph}
              onStart={(variables) => onAct({ type: 'start', triggerId: trigger.id, variables })}
            />
          ) : null}
        </div>
      ))}
    </div>
  );
}

function TriggerStart({
  trigger,
  onSend,
  onAct,
  onReferral,
  onApi,
}: {
  trigger: Trigger;
  onSend: (input: CustomerInput) => void;
  onAct: (action: PreviewAction) => void;
  onReferral: (referral: ScriptReferral) => void;
  onApi: () => void;
}) {
  switch (trigger.type) {
    case 'inboundMessage': {
      const match = trigger.match;
      if (match.kind === 'keyword') {
        return (
          <span className="pv-start__chips">
            {match.keywords.filter(Boolean).map((keyword) => (
              <button key={keyword} type="button" className="pv-chip" onClick={() => onSend({ text: keyword })}>
                {keyword}
              </button>
            ))}
          </span>
        );
      }
      if (match.kind === 'referral') {
        return (
          <button
            type="button"
            className="pv-chip"
            onClick={() =>
              onReferral({
                sourceType: match.sourceType === 'post' ? 'post' : 'ad',
                sourceId: match.sourceIds?.[0] ?? '',
                headline: '',
              })
            }
          >
            <Icon name="megaphone" size={13} /> Arrive from an ad
          </button>
        );
      }
      return (
        <span className="pv-start__hint">
          {match.kind === 'regex' ? 'Type a message that matches it' : 'Type any message below'}
        </span>
      );
    }
    case 'stageChanged':
      return (
        <button
          type="button"
          className="pv-chip"
          onClick={() => onAct({ type: 'stage', pipeline: trigger.pipeline, stage: trigger.stage })}
        >
          <Icon name="stage" size={13} /> Move the lead to {trigger.stage}
        </button>
      );
    case 'api':
      return (
        <button type="button" className="pv-chip" onClick={onApi} data-testid={`start-api-${trigger.id}`}>
          <Icon name="api" size={13} /> Start through the API…
        </button>
      );
    case 'broadcastReply':
      return (
        <button type="button" className="pv-chip" onClick={() => onAct({ type: 'start', triggerId: trigger.id })}>
          <Icon name="megaphone" size={13} /> Reply to the broadcast
        </button>
      );
  }
}

function ApiStartForm({ graph, onStart }: { graph: Graph; onStart: (variables: Record<string, string>) => void }) {
  const [values, setValues] = useState<Record<string, string>>({});
  return (
    <form
      className="pv-start__api"
      onSubmit={(event) => {
        event.preventDefault();
        onStart(Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')));
      }}
    >
      {graph.variables.length === 0 ? <span className="pv-start__hint">The flow has no variables to pass.</span> : null}
      {graph.variables.map((variable) => (
        <label key={variable.name} className="pv-kv">
          <span className="pv-kv__key">{variable.name}</span>
          <input
            className="input input--sm"
            data-variable={variable.name}
            placeholder={variable.defaultValue ?? ''}
            value={values[variable.name] ?? ''}
            onChange={(event) => setValues({ ...values, [variable.name]: event.target.value })}
          />
        </label>
      ))}
      <button type="submit" className="btn btn--primary btn--sm">
        Start
      </button>
    </form>
  );
}
