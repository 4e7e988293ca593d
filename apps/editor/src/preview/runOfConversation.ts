import type { ScriptConversation } from '@salesbot/engine';
import { actionOfStep } from './actionOfStep.ts';
import { DEFAULT_CONTACT } from './createPreviewStore.ts';
import type { PreviewAction, PreviewSetup } from './previewTypes.ts';

/**
 * A conversation of a stored script as a preview run: its clock, contact and channel as the setup (the script
 * format's defaults where it says nothing) and the actions its steps stand for (`bot` and `expect` steps check,
 * they do not act). A sentence when the conversation cannot be played.
 */
export function runOfConversation(
  conversation: ScriptConversation,
): { setup: PreviewSetup; actions: PreviewAction[] } | string {
  const start = Date.parse(conversation.start);
  if (Number.isNaN(start)) return `"${conversation.start}" is not a time`;
  const contact = conversation.contact ?? {};
  const setup: PreviewSetup = {
    start,
    contact: { ...DEFAULT_CONTACT, ...contact, fields: contact.fields ?? {}, tags: contact.tags ?? [] },
    businessVerified: conversation.channel?.businessVerified ?? true,
  };
  const actions: PreviewAction[] = [];
  for (const [index, step] of conversation.steps.entries()) {
    const action = actionOfStep(step);
    if (typeof action === 'string') return `Step ${index + 1}: ${action}`;
    if (action) actions.push(action);
  }
  return { setup, actions };
}
