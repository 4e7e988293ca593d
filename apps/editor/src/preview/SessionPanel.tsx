import type { Graph } from '@salesbot/graph';
import { CommitInput } from './CommitInput.tsx';
import { describeEnd } from './describeEnd.ts';
import type { PreviewAction, PreviewView } from './previewTypes.ts';

/** Where the session is and its variables, editable while it runs (the next steps read the new values). */
export function SessionPanel({
  graph,
  view,
  onAct,
  onSelect,
}: {
  graph: Graph;
  view: PreviewView;
  onAct: (action: PreviewAction) => void;
  onSelect: (nodeId: string) => void;
}) {
  const node = view.nodeId ? graph.nodes.find((candidate) => candidate.id === view.nodeId) : undefined;
  const names = [...new Set([...graph.variables.map((variable) => variable.name), ...Object.keys(view.variables)])];
  const running = view.status !== 'idle';
  return (
    <div className="pv-panel" data-testid="session-panel">
      <div className="pv-panel__status" data-status={view.status} data-node={view.nodeId ?? undefined}>
        {view.status === 'idle' ? (
          'Not started'
        ) : view.status === 'waiting' ? (
          <>
            Waiting on{' '}
            <button type="button" className="pv-link" onClick={() => view.nodeId && onSelect(view.nodeId)}>
              {node?.label ?? view.nodeId}
            </button>
          </>
        ) : (
          <span data-end={view.ended?.reason}>
            Ended: {view.ended ? describeEnd(view.ended).text : 'ended'}
            {view.ended?.detail ? ` (${view.ended.detail})` : ''}
          </span>
        )}
      </div>
      <h4 className="pv-panel__heading">Variables</h4>
      {names.length === 0 ? <p className="pv-panel__hint">This flow has no variables.</p> : null}
      {names.map((name) => {
        const variable = graph.variables.find((candidate) => candidate.name === name);
        const set = view.variables[name];
        return (
          <div key={name} className="pv-kv" data-variable={name}>
            <span className="pv-kv__key" title={variable?.description}>
              {name}
            </span>
            <CommitInput
              className="input input--sm"
              aria-label={`Variable ${name}`}
              value={set ?? ''}
              placeholder={variable?.defaultValue !== undefined ? `default: ${variable.defaultValue}` : 'not set'}
              disabled={!running}
              onCommit={(value) => onAct({ type: 'setVariable', name, value })}
            />
          </div>
        );
      })}
      {view.lastReply !== null ? (
        <div className="pv-kv">
          <span className="pv-kv__key">last reply</span>
          <span className="pv-kv__value">{view.lastReply}</span>
        </div>
      ) : null}
      {!running ? <p className="pv-panel__hint">Variables can be edited once the bot runs.</p> : null}
    </div>
  );
}
