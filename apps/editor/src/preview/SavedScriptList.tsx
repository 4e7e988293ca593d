import type { ConversationScript, ScriptConversation } from '@salesbot/engine';
import { useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import { formatDateTime } from '../ui/formatTime.ts';
import { Icon } from '../ui/Icon.tsx';
import { IconButton } from '../ui/IconButton.tsx';
import { showToast } from '../ui/toasts.tsx';
import { compareWithScript } from './compareWithScript.ts';
import { usePreviewApi } from './previewFor.ts';
import { runOfConversation } from './runOfConversation.ts';
import { type StoredScriptSummary, scriptsApi } from './scriptsApi.ts';

interface Replayed {
  script: string;
  conversation: string;
  /** The first difference from the script, as lines; null when the run went as the script says. */
  differences: string[] | null;
}

/**
 * The scripts stored with the flow. Replay restarts the preview with a conversation's setup and plays its actions on
 * the current draft, then says whether the bot still does what the script recorded (as `npx salesbot test` would).
 */
export function SavedScriptList({
  flowId,
  list,
  error,
  onDelete,
}: {
  flowId: string;
  list: StoredScriptSummary[] | null;
  error: string | null;
  onDelete(name: string): Promise<void>;
}) {
  const store = usePreviewApi();
  const [busy, setBusy] = useState<string | null>(null);
  const [choosing, setChoosing] = useState<{ name: string; script: ConversationScript } | null>(null);
  const [replayed, setReplayed] = useState<Replayed | null>(null);

  const play = (name: string, conversation: ScriptConversation) => {
    const run = runOfConversation(conversation);
    if (typeof run === 'string') {
      showToast(run, 'error');
      return;
    }
    store.getState().load(run.setup, run.actions);
    const differences = compareWithScript(store.getState().graph, conversation);
    setChoosing(null);
    setReplayed({ script: name, conversation: conversation.name, differences });
  };
  const open = async (name: string) => {
    setBusy(name);
    try {
      const script = await scriptsApi.get(flowId, name);
      const [only, ...more] = script.conversations;
      if (only && more.length === 0) play(name, only);
      else setChoosing({ name, script });
    } catch (caught) {
      showToast(errorMessage(caught), 'error');
    } finally {
      setBusy(null);
    }
  };
  const remove = async (name: string) => {
    setBusy(name);
    try {
      await onDelete(name);
      if (replayed?.script === name) setReplayed(null);
      showToast(`Deleted “${name}”`);
    } catch (caught) {
      showToast(errorMessage(caught), 'error');
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="pv-scripts">
      <h4 className="pv-panel__heading">Saved with the flow</h4>
      {error ? <p className="pv-panel__warning">{error}</p> : null}
      {list === null && !error ? <span className="spinner" /> : null}
      {list?.length === 0 ? <p className="pv-panel__hint">No scripts saved yet.</p> : null}
      {list && list.length > 0 ? (
        <ul className="pv-scripts__list" data-testid="saved-scripts">
          {list.map((item) => (
            <li key={item.name} className="pv-scripts__item" data-script={item.name}>
              <span className="pv-scripts__name">
                <b>{item.name}</b>
                <span className="pv-scripts__meta">
                  {item.conversations} {item.conversations === 1 ? 'conversation' : 'conversations'} · saved{' '}
                  {formatDateTime(item.updatedAt)}
                </span>
              </span>
              <button
                type="button"
                className="btn btn--sm"
                disabled={busy !== null}
                onClick={() => void open(item.name)}
                data-testid="replay-script"
              >
                <Icon name="play" size={13} /> Replay
              </button>
              <IconButton
                icon="trash"
                label={`Delete ${item.name}`}
                size="sm"
                disabled={busy !== null}
                onClick={() => void remove(item.name)}
                data-testid="delete-script"
              />
              {choosing?.name === item.name ? (
                <ul className="pv-scripts__conversations" aria-label="Conversations">
                  {choosing.script.conversations.map((conversation) => (
                    <li key={`${conversation.name}|${conversation.start}`}>
                      <button
                        type="button"
                        className="btn btn--ghost btn--sm"
                        onClick={() => play(item.name, conversation)}
                      >
                        <Icon name="play" size={13} /> {conversation.name}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {replayed ? (
        <div
          className={`pv-scripts__result${replayed.differences ? ' is-different' : ''}`}
          role="status"
          data-testid="replay-result"
          data-ok={replayed.differences === null}
        >
          <Icon name={replayed.differences ? 'warning' : 'checkCircle'} size={14} />
          <span>
            Replayed “{replayed.conversation}” from <b>{replayed.script}</b>:{' '}
            {replayed.differences
              ? 'the draft no longer does what the script recorded.'
              : 'the draft does what the script recorded.'}
            {replayed.differences ? <pre>{replayed.differences.join('\n')}</pre> : null}
          </span>
        </div>
      ) : null}
    </div>
  );
}
