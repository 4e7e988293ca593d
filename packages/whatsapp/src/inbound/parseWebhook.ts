import type { ParseWebhookResult, WebhookEvent } from '../types.ts';
import { parseMessagesChange } from './parseMessagesChange.ts';
import { parseEchoesChange, parseTemplateStatusChange, parseUserPreferencesChange } from './parseOtherChanges.ts';
import { envelopeSchema } from './schemas.ts';
import { check, formatPath, type Path, ShapeError } from './shape.ts';

/**
 * The events of one webhook POST body (already JSON-parsed), in the order Meta listed them. Fields Salesbot does
 * not act on become `other` events; only a malformed envelope or a message/status missing what routing needs
 * (id, from, timestamp, phone number id…) is refused, with the path of the first bad value.
 */
export function parseWebhook(body: unknown): ParseWebhookResult {
  try {
    const envelope = check(envelopeSchema, body, []);
    const events: WebhookEvent[] = [];
    envelope.entry.forEach((entry, e) => {
      entry.changes.forEach((change, c) => {
        events.push(...parseChange(entry.id, change.field, change.value, ['entry', e, 'changes', c, 'value']));
      });
    });
    return { ok: true, events };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, error: error.message, path: formatPath(error.path) };
    throw error;
  }
}

function parseChange(wabaId: string, field: string, value: unknown, path: Path): WebhookEvent[] {
  switch (field) {
    case 'messages':
      return parseMessagesChange(wabaId, value, path);
    case 'smb_message_echoes':
      return parseEchoesChange(wabaId, value, path);
    case 'user_preferences':
      return parseUserPreferencesChange(wabaId, field, value, path);
    case 'message_template_status_update':
      return [parseTemplateStatusChange(wabaId, field, value)];
    default:
      return [{ kind: 'other', wabaId, field, value }];
  }
}
