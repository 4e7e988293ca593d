import type { Effect } from '@salesbot/engine';

type Handoff = Extract<Effect, { type: 'handoff' }>;

/** Why the session ended, as a sentence for the chat: "Handed over to the sales team". */
export function describeEnd(
  ended: { reason: string; detail?: string },
  handoff?: Handoff | null,
): { text: string; tone: 'info' | 'warning' | 'danger' } {
  switch (ended.reason) {
    case 'completed':
      return { text: 'The bot finished: end of the flow', tone: 'info' };
    case 'handoff': {
      const to = handoff?.agent ?? (handoff?.team ? `the ${handoff.team} team` : 'a person');
      return { text: `Handed over to ${to}`, tone: 'info' };
    }
    case 'goToFlow':
      return { text: 'Continues in another flow (not played in the preview)', tone: 'info' };
    case 'windowClosed':
      return { text: 'Stopped: the 24-hour window is closed and the step has no template fallback', tone: 'danger' };
    case 'refused':
      return { text: 'Stopped: the policy refused a message', tone: 'danger' };
    case 'invalidReply':
      return { text: 'Stopped: no usable answer and no “Invalid answer” output', tone: 'warning' };
    case 'loopLimit':
      return { text: 'Stopped: more than 100 steps without waiting (a loop?)', tone: 'danger' };
    case 'agentTookOver':
      return { text: 'A person took the conversation over', tone: 'info' };
    case 'sendFailed':
      return { text: 'Stopped: a message could not be delivered', tone: 'danger' };
    case 'error':
      return { text: 'Stopped: the webhook failed and its “Error” output is not connected', tone: 'danger' };
    default:
      return { text: `Session ended (${ended.reason})`, tone: 'info' };
  }
}
