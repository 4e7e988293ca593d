import type { CustomerInput, ScriptReferral } from '@salesbot/engine';
import { useMemo, useState } from 'react';
import { useEditor } from '../store/EditorStoreContext.tsx';
import { Icon } from '../ui/Icon.tsx';
import { ChatTranscript } from './ChatTranscript.tsx';
import { Composer } from './Composer.tsx';
import { type BotEntry, type ChatActions, ChatActionsContext } from './chatActions.ts';
import { FlowForm } from './FlowForm.tsx';
import { ListSheet } from './ListSheet.tsx';
import { PhoneFrame } from './PhoneFrame.tsx';
import { usePreview, usePreviewApi } from './previewFor.ts';
import type { PreviewAction } from './previewTypes.ts';
import { StartOptions } from './StartOptions.tsx';
import { WebhookCard } from './WebhookCard.tsx';

/** The phone running the draft in the browser: the chat, its sheets and Flows, and how to start and answer. */
export function SimulatorChat({ onSelect }: { onSelect: (nodeId: string) => void }) {
  const store = usePreviewApi();
  const graph = usePreview((state) => state.graph);
  const view = usePreview((state) => state.view);
  const error = usePreview((state) => state.error);
  const problems = usePreview((state) => state.problems);
  const selectedNodeIds = useEditor((state) => state.selectedNodeIds);
  const [referral, setReferral] = useState<ScriptReferral | null>(null);
  const [sheet, setSheet] = useState<BotEntry | null>(null);
  const [form, setForm] = useState<BotEntry | null>(null);

  const act = (action: PreviewAction) => store.getState().act(action);
  const actions = useMemo<ChatActions>(
    () => ({
      send(input: CustomerInput, title?: string) {
        const ok = store.getState().act({ type: 'customer', input, ...(title !== undefined ? { title } : {}) });
        if (ok && input.referral) setReferral(null);
      },
      openList: setSheet,
      openFlow: setForm,
      select: onSelect,
    }),
    [store, onSelect],
  );

  const overlay = (() => {
    if (sheet?.send.message.type === 'interactive' && sheet.send.message.interactive.type === 'list') {
      return (
        <ListSheet
          list={sheet.send.message.interactive}
          onClose={() => setSheet(null)}
          onPick={(row) => {
            setSheet(null);
            actions.send({ list: row.id }, row.title);
          }}
        />
      );
    }
    if (form) {
      const node = graph.nodes.find((candidate) => candidate.id === form.send.nodeId);
      if (node?.type !== 'whatsappFlow') return null;
      return (
        <FlowForm
          name={node.data.flowName}
          screens={node.data.screens}
          onClose={() => setForm(null)}
          onSubmit={(answers) => {
            setForm(null);
            actions.send({ flow: answers });
          }}
        />
      );
    }
    return null;
  })();

  const footer = (
    <div className="pv-chat-foot">
      {error ? (
        <div className="pv-error" role="alert" data-testid="preview-error">
          <Icon name="error" size={14} />
          <span>{error}</span>
          <button type="button" aria-label="Dismiss" onClick={() => store.getState().dismissError()}>
            <Icon name="close" size={13} />
          </button>
        </div>
      ) : null}
      {view.webhook ? (
        <WebhookCard call={view.webhook} onAnswer={(answer) => act({ type: 'webhook', answer })} />
      ) : null}
      {view.status !== 'waiting' && !problems ? (
        <StartOptions
          graph={graph}
          ended={view.status === 'ended'}
          onSend={(input) => actions.send(referral ? { ...input, referral } : input)}
          onAct={act}
          onReferral={setReferral}
        />
      ) : null}
      <Composer onSend={(input) => actions.send(input)} referral={referral} onReferral={setReferral} />
    </div>
  );

  return (
    <ChatActionsContext.Provider value={actions}>
      <PhoneFrame
        businessName={graph.name}
        subtitle={view.status === 'waiting' ? 'online · bot' : 'Business account'}
        now={view.now}
        footer={footer}
        overlay={overlay}
      >
        {problems ? (
          <div className="pv-problems" data-testid="preview-problems">
            <strong>The draft cannot run yet</strong>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <ChatTranscript
          transcript={view.transcript}
          businessName={graph.name}
          selectedNodeIds={selectedNodeIds}
          intro={
            <div className="pv-intro">
              <Icon name="lock" size={12} />
              Simulated in your browser with the draft. Nothing is sent to WhatsApp.
            </div>
          }
        />
      </PhoneFrame>
    </ChatActionsContext.Provider>
  );
}
