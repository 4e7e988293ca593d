import type { WebhookEvent } from '@salesbot/whatsapp';
import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import { logWebhook } from './logWebhook.ts';

type UserPreference = Extract<WebhookEvent, { kind: 'userPreference' }>;
type TemplateStatusEvent = Extract<WebhookEvent, { kind: 'templateStatus' }>;

/** Workspaces with a channel of this WhatsApp Business Account. */
function workspacesOfWaba(services: Services, wabaId: string): string[] {
  return stmt(services.db, 'SELECT DISTINCT workspace_id FROM channels WHERE waba_id = ?')
    .pluck()
    .all(wabaId) as string[];
}

/** A customer stopped (or resumed) marketing messages: recorded on their contact in every workspace of the WABA. */
export function applyUserPreference(
  services: Services,
  event: UserPreference,
): { kind: 'userPreference'; contacts: number } {
  const now = services.clock.now();
  logWebhook(services, { field: 'user_preferences', wabaId: event.wabaId, payload: event });
  if (event.category !== 'marketing_messages' && event.category !== 'marketing')
    return { kind: 'userPreference', contacts: 0 };
  let contacts = 0;
  for (const workspaceId of workspacesOfWaba(services, event.wabaId)) {
    const result = stmt(
      services.db,
      'UPDATE contacts SET marketing_opt_out = ?, updated_at = ? WHERE workspace_id = ? AND wa_id = ?',
    ).run(event.value === 'stop' ? 1 : 0, now, workspaceId, event.waId);
    if (result.changes > 0) {
      contacts += result.changes;
      services.bus.record(
        workspaceId,
        'contact.updated',
        { waId: event.waId, marketingOptOut: event.value === 'stop' },
        now,
      );
    }
  }
  return { kind: 'userPreference', contacts };
}

/** Meta approved, paused, rejected… a template: the registry of every workspace of the WABA follows. */
export function applyTemplateStatus(
  services: Services,
  event: TemplateStatusEvent,
): { kind: 'templateStatus'; templates: number } {
  const now = services.clock.now();
  logWebhook(services, { field: 'message_template_status_update', wabaId: event.wabaId, payload: event });
  let templates = 0;
  for (const workspaceId of workspacesOfWaba(services, event.wabaId)) {
    const result = stmt(
      services.db,
      "UPDATE templates SET status = ?, updated_at = ? WHERE workspace_id = ? AND name = ? AND (language = ? OR ? = '')",
    ).run(event.status.toUpperCase(), now, workspaceId, event.name, event.language, event.language);
    if (result.changes > 0) {
      templates += result.changes;
      services.templates.invalidate(workspaceId);
      services.bus.record(
        workspaceId,
        'template.updated',
        { name: event.name, language: event.language, status: event.status },
        now,
      );
    }
  }
  return { kind: 'templateStatus', templates };
}
