import { checkSend, type MessageKind, type SendCheck } from '@salesbot/policy';
import type { WorkspaceTemplate } from '../api/apiTypes.ts';
import type { InboxConversation } from './inboxTypes.ts';

/**
 * What the policy says about an agent sending `kind` now (context `manual`): the same check the server makes
 * before it queues the message, so the composer can say why before the agent types.
 */
export function manualSendCheck(
  conversation: InboxConversation,
  kind: MessageKind,
  now: number,
  template?: WorkspaceTemplate,
): SendCheck {
  return checkSend({
    facts: conversation.facts,
    message: {
      kind,
      ...(template
        ? {
            template: {
              category: String(template.category).toLowerCase() as 'utility' | 'marketing' | 'authentication',
              status: String(template.status).toUpperCase() as 'APPROVED',
              kind: template.kind,
            },
          }
        : {}),
    },
    context: 'manual',
    // The server checks the channel's verification; only Flow messages depend on it and the inbox sends none.
    channel: { businessVerified: true },
    contact: { optIn: conversation.contact.optIn, marketingOptOut: conversation.contact.marketingOptOut },
    now,
  });
}
