import type { DeliveryStatus, InboundContent, InboundReferral, StatusUpdate, WhatsAppError } from '../types.ts';
import { contentToWire, errorToWire, referralToWire, toUnixSeconds } from './contentToWire.ts';
import { compact } from './parseContent.ts';

/**
 * Builders of the JSON Meta posts to the webhook, for tests, the sandbox and benchmarks:
 * `parseWebhook(buildX(input))` gives back the input as events. Times are epoch milliseconds (whole seconds).
 */

/** The business number a webhook is about. */
export interface WebhookTarget {
  /** Defaults to a fixed test WABA id. */
  wabaId?: string;
  phoneNumberId: string;
  /** Defaults to a test number. */
  displayPhoneNumber?: string;
}

export const TEST_WABA_ID = '102290129340398';
export const TEST_DISPLAY_PHONE_NUMBER = '15550783881';

export interface MessageWebhookInput extends WebhookTarget {
  /** The customer's WhatsApp id. */
  from: string;
  /** The customer's profile name. */
  name?: string;
  /** The message's wamid. */
  id: string;
  timestamp: number;
  content: InboundContent;
  referral?: InboundReferral;
  /** The wamid of the message this one answers. */
  contextId?: string;
}

/** A `messages` webhook carrying one customer message. */
export function buildMessageWebhook(input: MessageWebhookInput) {
  const display = input.displayPhoneNumber ?? TEST_DISPLAY_PHONE_NUMBER;
  return envelope(input, 'messages', {
    contacts: [{ ...(input.name === undefined ? {} : { profile: { name: input.name } }), wa_id: input.from }],
    messages: [
      {
        from: input.from,
        id: input.id,
        timestamp: toUnixSeconds(input.timestamp),
        ...(input.contextId === undefined ? {} : { context: { from: display, id: input.contextId } }),
        ...(input.referral === undefined ? {} : { referral: referralToWire(input.referral) }),
        ...contentToWire(input.content),
      },
    ],
  });
}

export interface StatusWebhookInput extends WebhookTarget {
  /** The wamid of our message. */
  id: string;
  status: DeliveryStatus;
  timestamp: number;
  recipientId: string;
  callbackData?: string;
  pricing?: StatusUpdate['pricing'];
  errors?: WhatsAppError[];
}

/** A `messages` webhook carrying one status of a message we sent. */
export function buildStatusWebhook(input: StatusWebhookInput) {
  const pricing = input.pricing;
  return envelope(input, 'messages', {
    statuses: [
      compact({
        id: input.id,
        status: input.status,
        timestamp: toUnixSeconds(input.timestamp),
        recipient_id: input.recipientId,
        biz_opaque_callback_data: input.callbackData,
        pricing:
          pricing &&
          compact({
            billable: pricing.billable,
            pricing_model: pricing.pricingModel,
            type: pricing.type,
            category: pricing.category,
          }),
        errors: input.errors?.map(errorToWire),
      }),
    ],
  });
}

export interface EchoWebhookInput extends WebhookTarget {
  /** The customer the team wrote to. */
  to: string;
  id: string;
  timestamp: number;
  content: InboundContent;
}

/** An `smb_message_echoes` webhook: a message the team sent from the WhatsApp Business app. */
export function buildEchoWebhook(input: EchoWebhookInput) {
  return envelope(input, 'smb_message_echoes', {
    message_echoes: [
      {
        from: input.displayPhoneNumber ?? TEST_DISPLAY_PHONE_NUMBER,
        to: input.to,
        id: input.id,
        timestamp: toUnixSeconds(input.timestamp),
        ...contentToWire(input.content),
      },
    ],
  });
}

export interface UserPreferenceWebhookInput extends WebhookTarget {
  waId: string;
  value: 'stop' | 'resume';
  timestamp: number;
  /** Defaults to `marketing_messages`, the only category Meta reports. */
  category?: string;
  detail?: string;
}

/** A `user_preferences` webhook: the customer stopped or resumed marketing messages. */
export function buildUserPreferenceWebhook(input: UserPreferenceWebhookInput) {
  return envelope(input, 'user_preferences', {
    contacts: [{ wa_id: input.waId }],
    user_preferences: [
      compact({
        wa_id: input.waId,
        detail: input.detail,
        category: input.category ?? 'marketing_messages',
        value: input.value,
        timestamp: Math.floor(input.timestamp / 1000),
      }),
    ],
  });
}

export interface TemplateStatusWebhookInput {
  wabaId?: string;
  templateId?: string;
  name: string;
  language: string;
  /** APPROVED, REJECTED, PAUSED, DISABLED, … */
  status: string;
  reason?: string;
  category?: string;
}

/** A `message_template_status_update` webhook. */
export function buildTemplateStatusWebhook(input: TemplateStatusWebhookInput) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: input.wabaId ?? TEST_WABA_ID,
        changes: [
          {
            value: compact({
              event: input.status,
              // Meta sends the id as a number.
              message_template_id:
                input.templateId !== undefined && /^\d+$/.test(input.templateId)
                  ? Number(input.templateId)
                  : input.templateId,
              message_template_name: input.name,
              message_template_language: input.language,
              reason: input.reason,
              message_template_category: input.category,
            }),
            field: 'message_template_status_update',
          },
        ],
      },
    ],
  };
}

function envelope(target: WebhookTarget, field: string, value: Record<string, unknown>) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: target.wabaId ?? TEST_WABA_ID,
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: target.displayPhoneNumber ?? TEST_DISPLAY_PHONE_NUMBER,
                phone_number_id: target.phoneNumberId,
              },
              ...value,
            },
            field,
          },
        ],
      },
    ],
  };
}
