import type { Effect } from '@salesbot/engine';
import type { Scope } from '../bot/scope.ts';
import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import type { Session } from '../store/sessions.ts';
import { addNote } from './conversationNotes.ts';

/**
 * Keeps a bot's handoff as a note on the conversation (to whom, and the step's note with its placeholders
 * filled), so the agent who picks it up reads why — the SSE event alone is gone after a day. An agent the flow
 * names by a member's name (or id) is assigned as that member, so "assigned to me" finds it.
 */
export function recordHandoff(
  services: Services,
  scope: Scope,
  session: Session,
  effect: Extract<Effect, { type: 'handoff' }>,
): void {
  const agent = effect.agent
    ? (stmt(
        services.db,
        'SELECT id FROM members WHERE workspace_id = ? AND (id = ? OR lower(name) = lower(?)) ORDER BY id = ? DESC LIMIT 1',
      )
        .pluck()
        .get(scope.channel.workspaceId, effect.agent, effect.agent, effect.agent) as string | undefined)
    : undefined;
  if (agent) scope.conversation.assignedAgent = agent;
  const to = [effect.team ? `team ${effect.team}` : null, effect.agent ? effect.agent : null]
    .filter(Boolean)
    .join(', ');
  const note = effect.note?.trim();
  addNote(services.db, {
    workspaceId: scope.channel.workspaceId,
    conversationId: scope.conversation.id,
    kind: 'handoff',
    author: `${session.flowId} v${session.flowVersion}`,
    text: `Handed off${to ? ` to ${to}` : ''}${note ? `: ${note}` : ''}`,
    now: services.clock.now(),
  });
}
