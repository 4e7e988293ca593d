import type { InboundContent, WebhookEvent } from '../types.ts';
import { compact, parseContent } from './parseContent.ts';
import {
  echoesValueSchema,
  echoSchema,
  templateStatusSchema,
  userPreferenceSchema,
  userPreferencesValueSchema,
} from './schemas.ts';
import { check, type Path, ShapeError } from './shape.ts';

/** `smb_message_echoes`: what the team sent from the WhatsApp Business app on a coexistence number. */
export function parseEchoesChange(wabaId: string, value: unknown, path: Path): WebhookEvent[] {
  const parsed = check(echoesValueSchema, value, path);
  const base = compact({
    wabaId,
    phoneNumberId: parsed.metadata.phone_number_id,
    displayPhoneNumber: parsed.metadata.display_phone_number,
  });
  return (parsed.message_echoes ?? []).map((raw, i): WebhookEvent => {
    const at = [...path, 'message_echoes', i];
    const echo = check(echoSchema, raw, at);
    return {
      ...base,
      kind: 'echo',
      to: echo.to,
      message: { id: echo.id, timestamp: echo.timestamp, content: echoContent(echo.type, raw, at) },
    };
  });
}

/** Echoes carry the app's own message shapes; one we cannot read is shown as unsupported rather than refused. */
function echoContent(type: string | undefined, raw: unknown, path: Path): InboundContent {
  try {
    return parseContent(type, raw, path);
  } catch (error) {
    if (error instanceof ShapeError) return { type: 'unsupported' };
    throw error;
  }
}

/** `user_preferences`: a customer stopped or resumed marketing messages. Unreadable items are kept as `other`. */
export function parseUserPreferencesChange(wabaId: string, field: string, value: unknown, path: Path): WebhookEvent[] {
  const parsed = check(userPreferencesValueSchema, value, path);
  const phoneNumberId = parsed.metadata?.phone_number_id;
  return (parsed.user_preferences ?? []).map((raw): WebhookEvent => {
    const result = userPreferenceSchema.safeParse(raw);
    if (!result.success) return { kind: 'other', wabaId, field, value: raw };
    const preference = result.data;
    return compact({
      kind: 'userPreference' as const,
      wabaId,
      phoneNumberId,
      waId: preference.wa_id,
      category: preference.category,
      value: preference.value,
      timestamp: preference.timestamp,
      detail: preference.detail,
    });
  });
}

/** `message_template_status_update`: a template was approved, rejected, paused, disabled… */
export function parseTemplateStatusChange(wabaId: string, field: string, value: unknown): WebhookEvent {
  const result = templateStatusSchema.safeParse(value);
  if (!result.success) return { kind: 'other', wabaId, field, value };
  const update = result.data;
  return compact({
    kind: 'templateStatus' as const,
    wabaId,
    templateId: update.message_template_id === undefined ? undefined : String(update.message_template_id),
    name: update.message_template_name,
    language: update.message_template_language,
    status: update.event,
    reason: update.reason ?? undefined,
    category: update.message_template_category,
  });
}
