import { formatDuration } from '@salesbot/policy';
import { useFlowNames } from '../flows/useFlowNames.ts';
import { Icon } from '../ui/Icon.tsx';
import type { InboxConversation } from './inboxTypes.ts';

/** What the bot does in a conversation: running a flow, paused after a human reply, handed off, or idle. */
export function BotStateChip({ conversation, now }: { conversation: InboxConversation; now: number }) {
  const { state, pausedUntil } = conversation.bot;
  const flowId = conversation.session?.flowId;
  const flowName = useFlowNames().get(flowId ?? '');
  const text =
    state === 'running'
      ? `Bot · ${flowName ?? flowId ?? 'running'}`
      : state === 'paused'
        ? `Bot paused ${pausedUntil ? formatDuration(pausedUntil - now) : ''}`.trim()
        : state === 'handedOff'
          ? 'Handed off'
          : 'Bot idle';
  return (
    <span className={`botchip botchip--${state}`} data-testid="bot-state" data-state={state}>
      <Icon name={state === 'handedOff' ? 'handoff' : 'bolt'} size={12} strokeWidth={2.2} />
      <span className="botchip__text" title={text}>
        {text}
      </span>
    </span>
  );
}
