import type { Effect } from '@salesbot/engine';
import { stmt } from '../db/stmt.ts';
import { recordHandoff } from '../inbox/recordHandoff.ts';
import type { Services } from '../services.ts';
import { saveContact } from '../store/contacts.ts';
import { PAUSED_UNTIL_RESUMED, saveConversation } from '../store/conversations.ts';
import { moveLead } from '../store/leads.ts';
import { insertOutboundMessage } from '../store/messages.ts';
import { enqueueSend } from '../store/outbox.ts';
import type { Session } from '../store/sessions.ts';
import type { Scope } from './scope.ts';

/**
 * Performs a step's effects inside the caller's transaction: sends go to the outbox, timers and webhook calls
 * become rows for their loops, CRM effects change the contact and lead rows, a handoff assigns the conversation
 * and pauses the bot. `startFlow` is returned for the caller to run once this session's outcome is saved.
 */
export function performEffects(
  services: Services,
  scope: Scope,
  session: Session,
  effects: readonly Effect[],
): { startFlows: string[] } {
  const { db } = services;
  const now = services.clock.now();
  const workspaceId = scope.channel.workspaceId;
  const startFlows: string[] = [];
  let contactChanged = false;

  for (const effect of effects) {
    switch (effect.type) {
      case 'send': {
        const queued = enqueueSend(db, {
          id: effect.id,
          workspaceId,
          channelId: scope.channel.id,
          conversationId: scope.conversation.id,
          sessionId: session.id,
          toWaId: scope.contact.waId,
          payload: { message: effect.message },
          now,
        });
        if (!queued) break;
        scope.queued?.push(effect.id);
        const messageId = insertOutboundMessage(db, {
          workspaceId,
          conversationId: scope.conversation.id,
          sender: 'bot',
          type: effect.message.type,
          content: {
            message: effect.message,
            ...(effect.display ? { display: effect.display } : {}),
            reason: effect.reason,
          },
          sessionId: session.id,
          outboxId: effect.id,
          status: 'queued',
          price: effect.price,
          now,
        });
        services.bus.record(
          workspaceId,
          'message.out',
          {
            id: messageId,
            conversationId: scope.conversation.id,
            sender: 'bot',
            message: effect.message,
            price: effect.price,
          },
          now,
        );
        break;
      }
      case 'scheduleTimer':
        stmt(
          db,
          `INSERT INTO timers (session_id, timer_id, workspace_id, node_id, due_at, state, created_at)
           VALUES (?, ?, ?, ?, ?, 'pending', ?)
           ON CONFLICT (session_id, timer_id) DO UPDATE SET due_at = excluded.due_at, state = 'pending'`,
        ).run(session.id, effect.timerId, workspaceId, effect.nodeId, effect.at, now);
        break;
      case 'cancelTimer':
        stmt(
          db,
          "UPDATE timers SET state = 'cancelled' WHERE session_id = ? AND timer_id = ? AND state = 'pending'",
        ).run(session.id, effect.timerId);
        break;
      case 'setField':
        if (effect.name === 'name') scope.contact.name = effect.value;
        else scope.contact.fields = { ...scope.contact.fields, [effect.name]: effect.value };
        contactChanged = true;
        break;
      case 'addTag':
        if (!scope.contact.tags.includes(effect.tag)) {
          scope.contact.tags = [...scope.contact.tags, effect.tag];
          contactChanged = true;
        }
        break;
      case 'removeTag':
        if (scope.contact.tags.includes(effect.tag)) {
          scope.contact.tags = scope.contact.tags.filter((tag) => tag !== effect.tag);
          contactChanged = true;
        }
        break;
      case 'changeStage': {
        scope.noLeads = false;
        const lead = moveLead(db, {
          workspaceId,
          contactId: scope.contact.id,
          pipeline: effect.pipeline,
          stage: effect.stage,
          now,
        });
        services.bus.record(workspaceId, 'lead.updated', lead, now);
        break;
      }
      case 'callWebhook':
        stmt(
          db,
          `INSERT INTO callouts (id, workspace_id, session_id, request, state, created_at) VALUES (?, ?, ?, ?, 'pending', ?)
           ON CONFLICT (id) DO NOTHING`,
        ).run(effect.requestId, workspaceId, session.id, JSON.stringify(effect), now);
        services.hints.callouts = true;
        break;
      case 'handoff':
        scope.conversation.assignedTeam = effect.team ?? scope.conversation.assignedTeam;
        scope.conversation.assignedAgent = effect.agent ?? scope.conversation.assignedAgent;
        recordHandoff(services, scope, session, effect);
        scope.conversation.botPausedUntil = PAUSED_UNTIL_RESUMED;
        saveConversation(db, scope.conversation);
        services.bus.record(
          workspaceId,
          'conversation.updated',
          {
            id: scope.conversation.id,
            handoff: { team: effect.team ?? null, agent: effect.agent ?? null, note: effect.note ?? null },
          },
          now,
        );
        break;
      case 'startFlow':
        startFlows.push(effect.flowId);
        break;
      case 'end':
        break;
    }
  }

  if (contactChanged) {
    scope.contact.updatedAt = now;
    saveContact(db, scope.contact);
    services.bus.record(workspaceId, 'contact.updated', { id: scope.contact.id }, now);
  }
  return { startFlows };
}
