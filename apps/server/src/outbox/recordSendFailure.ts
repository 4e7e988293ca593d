import { classifyError } from '@salesbot/whatsapp';
import { loadScope } from '../bot/loadScope.ts';
import { stepBotSession } from '../bot/runSession.ts';
import { noteBroadcastOutcome } from '../broadcasts/noteBroadcastOutcome.ts';
import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import { nextStatus } from '../status/nextStatus.ts';
import { saveContact } from '../store/contacts.ts';
import type { MessageStatus } from '../store/messages.ts';
import { getSession } from '../store/sessions.ts';

/** Template statuses the error codes report (132015 paused, 132016 disabled). */
const TEMPLATE_STATUS_BY_CODE: Record<number, string> = { 132015: 'PAUSED', 132016: 'DISABLED' };

/**
 * A send failed for good (a permanent error answered to the send, or a `failed` status): inside the caller's
 * transaction, marks the outbox row and the message with the code, records a marketing opt-out on 131050, and
 * feeds `sendFailed` to the session that sent it, which decides (131047 → its `windowClosed` path).
 */
export function recordSendFailure(
  services: Services,
  input: { outboxId: string; code: number | null; message: string },
): void {
  const { db } = services;
  const now = services.clock.now();
  stmt(
    db,
    `UPDATE outbox SET state = 'failed', error_code = ?, error_message = ?, updated_at = ?
     WHERE id = ? AND state != 'failed'`,
  ).run(input.code, input.message, now, input.outboxId);
  noteBroadcastOutcome(db, input.outboxId, 'failed', now, { code: input.code, message: input.message });
  const row = stmt(
    db,
    'SELECT id, workspace_id, conversation_id, session_id, status FROM messages WHERE outbox_id = ?',
  ).get(input.outboxId) as
    | { id: number; workspace_id: string; conversation_id: string; session_id: string | null; status: MessageStatus }
    | undefined;
  if (!row) return;
  const status = nextStatus(row.status, 'failed') ?? row.status;
  stmt(db, 'UPDATE messages SET status = ?, status_at = ?, error_code = ?, error_message = ? WHERE id = ?').run(
    status,
    now,
    input.code,
    input.message,
    row.id,
  );
  services.bus.record(
    row.workspace_id,
    'message.status',
    { id: row.id, conversationId: row.conversation_id, status, errorCode: input.code, errorMessage: input.message },
    now,
  );

  const scope = loadScope(services, row.conversation_id);
  if (!scope) return;
  const action = input.code === null ? null : classifyError(input.code).action;
  if (action === 'templateUnavailable' && input.code !== null && TEMPLATE_STATUS_BY_CODE[input.code]) {
    markTemplate(services, row.workspace_id, input.outboxId, TEMPLATE_STATUS_BY_CODE[input.code]!);
  }
  if (action === 'optOutMarketing' && !scope.contact.marketingOptOut) {
    scope.contact.marketingOptOut = true;
    scope.contact.updatedAt = now;
    saveContact(db, scope.contact);
    services.bus.record(row.workspace_id, 'contact.updated', { id: scope.contact.id, marketingOptOut: true }, now);
  }
  if (!row.session_id) return;
  const session = getSession(db, row.session_id);
  if (session?.status === 'waiting') {
    // No code (retries on timeouts ran out): 0, which no engine rule special-cases.
    const code = input.code ?? 0;
    stepBotSession(services, scope, session, { type: 'sendFailed', effectId: input.outboxId, code });
  }
}

/** A paused or disabled template found by a failed send: the registry learns it before the next send tries. */
function markTemplate(services: Services, workspaceId: string, outboxId: string, status: string): void {
  const payload = stmt(services.db, 'SELECT payload FROM outbox WHERE id = ?').pluck().get(outboxId) as
    | string
    | undefined;
  const message = payload
    ? (JSON.parse(payload) as { message?: { type?: string; template?: { name: string; language: { code: string } } } })
        .message
    : undefined;
  if (message?.type !== 'template' || !message.template) return;
  stmt(
    services.db,
    'UPDATE templates SET status = ?, updated_at = ? WHERE workspace_id = ? AND name = ? AND language = ?',
  ).run(status, services.clock.now(), workspaceId, message.template.name, message.template.language.code);
  services.templates.invalidate(workspaceId);
}
