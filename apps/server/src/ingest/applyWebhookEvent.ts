import type { WebhookEvent } from '@salesbot/whatsapp';
import type { Services } from '../services.ts';
import { applyTemplateStatus, applyUserPreference } from './applyAccountEvents.ts';
import { applyEcho } from './applyEcho.ts';
import { applyInboundMessage, type InboundOutcome } from './applyInboundMessage.ts';
import { applyStatus, type StatusOutcome } from './applyStatus.ts';
import { logWebhook } from './logWebhook.ts';

export type EventOutcome =
  | InboundOutcome
  | StatusOutcome
  | { kind: 'echo'; duplicate: boolean }
  | { kind: 'userPreference'; contacts: number }
  | { kind: 'templateStatus'; templates: number }
  | { kind: 'logged'; field: string }
  /** Routed by a phone number id no workspace owns: logged and acknowledged. */
  | { kind: 'unroutable'; phoneNumberId: string };

/** Applies one webhook event inside the caller's transaction. */
export function applyWebhookEvent(services: Services, event: WebhookEvent): EventOutcome {
  switch (event.kind) {
    case 'userPreference':
      return applyUserPreference(services, event);
    case 'templateStatus':
      return applyTemplateStatus(services, event);
    case 'other':
      logWebhook(services, { field: event.field, wabaId: event.wabaId, payload: event.value });
      return { kind: 'logged', field: event.field };
    default:
      break;
  }
  const channel = services.channels.byPhoneNumberId(event.phoneNumberId);
  if (!channel) {
    services.logger.warn(
      { phoneNumberId: event.phoneNumberId, kind: event.kind },
      'webhook for an unknown phone number id',
    );
    logWebhook(services, {
      field: event.kind,
      phoneNumberId: event.phoneNumberId,
      wabaId: event.wabaId,
      note: 'unknown phone_number_id',
      payload: event,
    });
    return { kind: 'unroutable', phoneNumberId: event.phoneNumberId };
  }
  switch (event.kind) {
    case 'message':
      return applyInboundMessage(services, channel, event);
    case 'status':
      return applyStatus(services, event.status);
    case 'echo':
      return applyEcho(services, channel, event);
    case 'error':
      services.logger.warn({ phoneNumberId: event.phoneNumberId, errors: event.errors }, 'webhook reported errors');
      logWebhook(services, {
        field: 'errors',
        phoneNumberId: event.phoneNumberId,
        wabaId: event.wabaId,
        payload: event.errors,
      });
      return { kind: 'logged', field: 'errors' };
  }
}
