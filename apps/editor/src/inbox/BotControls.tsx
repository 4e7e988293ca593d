import { useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import type { FlowSummary } from '../api/apiTypes.ts';
import { api } from '../auth/session.ts';
import { Icon } from '../ui/Icon.tsx';
import { MenuButton, type MenuItem } from '../ui/Menu.tsx';
import { showToast } from '../ui/toasts.tsx';
import { inboxApi } from './inboxApi.ts';
import { useInbox } from './inboxStore.ts';
import type { InboxConversation } from './inboxTypes.ts';

/**
 * Who answers: take over (the bot pauses until handed back), hand back (the bot resumes, or a chosen flow starts),
 * close (the bot session stops; the customer's next message reopens it).
 */
export function BotControls({ conversation }: { conversation: InboxConversation }) {
  const [busy, setBusy] = useState(false);
  const [flows, setFlows] = useState<FlowSummary[]>([]);
  useEffect(() => {
    api
      .listFlows()
      .then((list) => setFlows(list.filter((flow) => flow.publishedVersion !== null)))
      .catch(() => setFlows([]));
  }, []);
  const act = async (action: () => Promise<InboxConversation>, done?: string) => {
    setBusy(true);
    try {
      useInbox.getState().accept(await action());
      if (done) showToast(done);
      await useInbox.getState().refreshOpen();
    } catch (error) {
      showToast(errorMessage(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  const { id } = conversation;
  const handedOff = conversation.bot.state === 'handedOff' || conversation.bot.state === 'paused';
  const handBack: MenuItem[] = [
    {
      label: conversation.session ? `Resume ${conversation.session.flowId}` : 'Let the bot answer again',
      icon: 'play',
      onSelect: () => void act(() => inboxApi.handBack(id), 'The bot answers again'),
    },
    ...flows.map(
      (flow, index): MenuItem => ({
        label: `Start “${flow.name}”`,
        icon: 'flows',
        separatorBefore: index === 0,
        onSelect: () => void act(() => inboxApi.handBack(id, flow.id), `Started “${flow.name}”`),
      }),
    ),
  ];
  return (
    <div className="botctl" data-testid="bot-controls">
      {handedOff ? (
        <MenuButton
          align="right"
          items={handBack}
          trigger={({ toggle }) => (
            <button type="button" className="btn btn--sm" onClick={toggle} disabled={busy} data-testid="hand-back">
              <Icon name="bolt" size={15} /> Hand back <Icon name="chevronDown" size={14} />
            </button>
          )}
        />
      ) : (
        <button
          type="button"
          className="btn btn--sm btn--primary"
          disabled={busy}
          onClick={() => void act(() => inboxApi.takeOver(id), 'You have the conversation; the bot is paused')}
          data-testid="take-over"
        >
          <Icon name="handoff" size={15} /> Take over
        </button>
      )}
      {conversation.closedAt ? (
        <button
          type="button"
          className="btn btn--sm"
          disabled={busy}
          onClick={() => void act(() => inboxApi.reopen(id))}
        >
          <Icon name="restore" size={15} /> Reopen
        </button>
      ) : (
        <button
          type="button"
          className="btn btn--sm"
          disabled={busy}
          onClick={() => void act(() => inboxApi.close(id), 'Conversation closed')}
          data-testid="close-conversation"
        >
          <Icon name="check" size={15} /> Close
        </button>
      )}
    </div>
  );
}
