import type { CustomerInput, ScriptReferral } from '@salesbot/engine';
import type { Graph } from '@salesbot/graph';
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useEditor, useEditorApi } from '../store/EditorStoreContext.tsx';
import { Icon } from '../ui/Icon.tsx';
import { ChatTranscript } from './ChatTranscript.tsx';
import { Composer } from './Composer.tsx';
import { CostSummary } from './CostSummary.tsx';
import { type BotEntry, type ChatActions, ChatActionsContext } from './chatActions.ts';
import { createServerChat } from './createServerChat.ts';
import { FlowForm } from './FlowForm.tsx';
import { formatDayTime } from './formatClock.ts';
import { ListSheet } from './ListSheet.tsx';
import { PhoneFrame } from './PhoneFrame.tsx';
import { createServerTransport } from './serverTransport.ts';
import { WindowMeters } from './WindowMeters.tsx';

const HOUR = 3_600_000;

/**
 * "Test on the server": the same phone, talking to the server's sandbox channel. What comes back is what the
 * published bot really does (sessions, timers, outbox), streamed over SSE.
 */
export function ServerChat({ graph }: { graph: Graph }) {
  const editor = useEditorApi();
  const publishedVersion = useEditor((state) => state.publishedVersion);
  const [chat] = useState(() => createServerChat(createServerTransport(), { name: 'Preview Tester' }));
  useEffect(() => chat.getState().connect(), [chat]);
  const state = useStore(chat);
  const [referral, setReferral] = useState<ScriptReferral | null>(null);
  const [sheet, setSheet] = useState<BotEntry | null>(null);
  const [form, setForm] = useState<BotEntry | null>(null);

  const actions = useMemo<ChatActions>(
    () => ({
      send(input: CustomerInput, title?: string) {
        void chat.getState().send(input, title);
        if (input.referral) setReferral(null);
      },
      openList: setSheet,
      openFlow: setForm,
      select(nodeId) {
        if (!editor.getState().nodesById.has(nodeId)) return;
        editor.getState().select({ nodeIds: [nodeId] });
        editor.getState().requestReveal(nodeId);
      },
    }),
    [chat, editor],
  );
  const totals = { free: 0, utility: 0, marketing: 0 };
  for (const entry of state.transcript) if (entry.kind === 'bot') totals[entry.send.price]++;
  const now = state.clock;

  const overlay = (() => {
    const message = sheet?.send.message;
    if (message?.type === 'interactive' && message.interactive.type === 'list') {
      return (
        <ListSheet
          list={message.interactive}
          onClose={() => setSheet(null)}
          onPick={(row) => {
            setSheet(null);
            actions.send({ list: row.id }, row.title);
          }}
        />
      );
    }
    if (form) {
      const node = graph.nodes.find((candidate) => candidate.id === flowNodeOf(form));
      return (
        <FlowForm
          name={node?.type === 'whatsappFlow' ? node.data.flowName : 'WhatsApp Flow'}
          screens={node?.type === 'whatsappFlow' ? node.data.screens : []}
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

  return (
    <div className="pv-pane__body">
      <div className="pv-pane__main">
        <div className={`pv-server-info${publishedVersion ? '' : ' is-warning'}`} data-testid="server-info">
          <Icon name={publishedVersion ? 'cloud' : 'warning'} size={14} />
          {publishedVersion ? (
            <span>
              The server runs the published version <strong>v{publishedVersion}</strong> on its sandbox channel; other
              published flows may answer too.
            </span>
          ) : (
            <span>This flow is not published: the server only runs published flows. Publish it to test it here.</span>
          )}
          <span
            className={`pv-live${state.connected ? ' is-on' : ''}`}
            title={state.connected ? 'Events connected' : 'Connecting…'}
          >
            {state.connected ? 'Live' : 'Connecting…'}
          </span>
        </div>
        <div className="pv-clock" data-testid="server-clock">
          <div className="pv-clock__now">
            <Icon name="clock" size={15} />
            <span>{now !== null ? `Server clock ${formatDayTime(now)}` : 'The server runs in real time'}</span>
            <button type="button" className="btn btn--sm pv-clock__new" onClick={() => chat.getState().restart()}>
              New conversation
            </button>
          </div>
          {state.facts && now !== null ? <WindowMeters facts={state.facts} now={now} /> : null}
          {now !== null ? (
            <div className="pv-clock__jumps">
              {[1, 24, 72].map((hours) => (
                <button
                  key={hours}
                  type="button"
                  className="btn btn--sm"
                  disabled={state.busy}
                  onClick={() => void chat.getState().advance(hours * HOUR)}
                >
                  +{hours} h
                </button>
              ))}
            </div>
          ) : (
            <p className="pv-panel__hint">Start the server with SALESBOT_TEST_MODE=1 to move its clock from here.</p>
          )}
          {state.session ? (
            <div className="pv-server-session" data-testid="server-session" data-status={state.session.status}>
              Session of <strong>{state.session.flowId}</strong> v{state.session.flowVersion}:{' '}
              {state.session.waitingNode ? (
                <button
                  type="button"
                  className="pv-link"
                  onClick={() => actions.select(state.session?.waitingNode ?? '')}
                >
                  waiting on {state.session.waitingNode}
                </button>
              ) : (
                state.session.status
              )}
            </div>
          ) : null}
        </div>
        <CostSummary totals={totals} />
        <div className="pv-pane__phone">
          <ChatActionsContext.Provider value={actions}>
            <PhoneFrame
              businessName={graph.name}
              subtitle={`Sandbox · ${state.contact.waId}`}
              now={now ?? Date.now()}
              overlay={overlay}
              footer={
                <div className="pv-chat-foot">
                  {state.error ? (
                    <div className="pv-error" role="alert" data-testid="preview-error">
                      <Icon name="error" size={14} />
                      <span>{state.error}</span>
                    </div>
                  ) : null}
                  <Composer
                    onSend={(input) => actions.send(input)}
                    referral={referral}
                    onReferral={setReferral}
                    disabled={state.busy}
                  />
                </div>
              }
            >
              <ChatTranscript
                transcript={state.transcript}
                businessName={graph.name}
                selectedNodeIds={[]}
                intro={
                  <div className="pv-intro">
                    <Icon name="cloud" size={12} />
                    Messages go to the server’s sandbox channel as if WhatsApp delivered them.
                  </div>
                }
              />
            </PhoneFrame>
          </ChatActionsContext.Provider>
        </div>
      </div>
    </div>
  );
}

/** The Flow step a Flow message (or Flow template) came from: its token is `<sessionId>:<nodeId>`. */
function flowNodeOf(entry: BotEntry): string {
  const message = entry.send.message;
  let token: string | undefined;
  if (message.type === 'interactive' && message.interactive.type === 'flow') {
    token = message.interactive.action.parameters.flow_token;
  } else if (message.type === 'template') {
    for (const component of message.template.components ?? []) {
      if (component.type === 'button' && component.sub_type === 'flow') {
        const parameter = component.parameters[0];
        if (parameter?.type === 'action') token = parameter.action.flow_token;
      }
    }
  }
  if (!token) return '';
  const colon = token.indexOf(':');
  return colon === -1 ? token : token.slice(colon + 1);
}
