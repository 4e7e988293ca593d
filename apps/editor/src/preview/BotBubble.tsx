import type { MouseEvent, ReactNode } from 'react';
import { showToast } from '../ui/toasts.tsx';
import type { Choice } from '../whatsapp/ChoiceSlot.ts';
import { MessageBubble } from '../whatsapp/MessageBubble.tsx';
import { type BotEntry, useChatActions } from './chatActions.ts';
import { formatTime } from './formatClock.ts';
import { PriceBadge } from './PriceBadge.tsx';

const CATEGORY_LABEL = { utility: 'Utility', marketing: 'Marketing', authentication: 'Authentication' } as const;

/**
 * A message from the bot as the customer's phone shows it, with what the tester needs besides: a template marker
 * with its category, the price badge with the policy's reason, taps that answer, and a click that selects the step.
 */
export function BotBubble({ entry, selected }: { entry: BotEntry; selected: boolean }) {
  const actions = useChatActions();
  const { send } = entry;
  const message = send.message;
  const display = send.display;

  const renderChoice = (choice: Choice, element: ReactNode) => {
    if (choice.kind === 'row') return element;
    return (
      <button
        type="button"
        className="pv-tap"
        data-choice={choice.id}
        data-kind={choice.kind}
        onClick={(event) => {
          event.stopPropagation();
          actions.send(choice.kind === 'button' ? { button: choice.id } : { quickReply: choice.id }, choice.title);
        }}
      >
        {element}
      </button>
    );
  };

  // The shared bubble draws CTA, Flow and list buttons inside the bubble as `.wa-inline-action`: taps on them are
  // caught here, by what the message offers under that label.
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const inline = (event.target as HTMLElement).closest('.wa-inline-action');
    if (!inline) {
      if (send.nodeId) actions.select(send.nodeId);
      return;
    }
    event.stopPropagation();
    const label = inline.textContent?.trim() ?? '';
    if (message.type === 'interactive') {
      const interactive = message.interactive;
      if (interactive.type === 'list') actions.openList(entry);
      else if (interactive.type === 'flow') actions.openFlow(entry);
      else if (interactive.type === 'cta_url') openUrl(interactive.action.parameters.url);
      return;
    }
    if (display) {
      const buttons = [...display.buttons, ...(display.cards ?? []).flatMap((card) => card.buttons)];
      const button = buttons.find((candidate) => candidate.text === label);
      if (button?.type === 'flow') actions.openFlow(entry);
      else if (button && 'url' in button && button.url) openUrl(button.url);
    }
  };

  const isTemplate = message.type === 'template';
  const flowCta =
    message.type === 'interactive' && message.interactive.type === 'flow'
      ? message.interactive.action.parameters.flow_cta
      : display?.buttons.find((button) => button.type === 'flow')?.text;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the bubble's own buttons are keyboard-reachable; the click only selects the step
    // biome-ignore lint/a11y/noStaticElementInteractions: see above
    <div
      className={`pv-row pv-row--bot${selected ? ' is-selected' : ''}`}
      data-entry={entry.id}
      data-node={send.nodeId}
      data-kind={message.type === 'interactive' ? message.interactive.type : message.type}
      data-flow-cta={flowCta}
      onClick={onClick}
    >
      {isTemplate ? (
        <div className="pv-template-mark" data-template={message.template.name}>
          Template · {message.template.name}
          {display ? ` · ${CATEGORY_LABEL[display.category]}` : ''}
        </div>
      ) : null}
      <div className="pv-bubble-wrap">
        <MessageBubble
          message={message}
          {...(display ? { display } : {})}
          side="received"
          renderChoice={renderChoice}
          meta={formatTime(entry.at)}
          onOpenList={() => undefined}
        />
      </div>
      <div className="pv-row__under">
        <PriceBadge price={send.price} reason={send.reason} />
      </div>
    </div>
  );
}

function openUrl(url: string) {
  showToast(`The customer's browser would open ${url}`);
}
