/**
 * Cloud API wire shapes Salesbot sends and receives (../shared/whatsapp-platform.md §6–§7),
 * and the normalised inbound events the rest of the system works with. Times are epoch milliseconds.
 */
import type { NodeOf, NodeType } from '@salesbot/graph';

/** The step types that send a message; each has a renderer in `src/nodes/`. */
export type SendingNodeType = Extract<
  NodeType,
  'text' | 'media' | 'buttons' | 'list' | 'ctaUrl' | 'template' | 'carousel' | 'whatsappFlow'
>;
/** A graph node of a step type that sends. */
export type SendingNode = NodeOf<SendingNodeType>;

/** Placeholder values for `{{name}}` / `{{contact.field}}` (what `interpolate` from `@salesbot/graph` takes). */
export type PlaceholderValues = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * What kind of message a payload is, in the policy's terms. The same union as `MessageKind` in
 * `@salesbot/policy` (declared here so this package depends on the graph only; the engine's type-check keeps
 * the two in step).
 */
export type WireMessageKind =
  | 'text'
  | 'media'
  | 'buttons'
  | 'list'
  | 'ctaUrl'
  | 'locationRequest'
  | 'flow'
  | 'template';

export interface MediaObject {
  id?: string;
  link?: string;
  caption?: string;
  filename?: string;
}

export type InteractiveHeader =
  | { type: 'text'; text: string }
  | { type: 'image'; image: MediaObject }
  | { type: 'video'; video: MediaObject }
  | { type: 'document'; document: MediaObject };

export type Interactive =
  | {
      type: 'button';
      header?: InteractiveHeader;
      body: { text: string };
      footer?: { text: string };
      action: { buttons: { type: 'reply'; reply: { id: string; title: string } }[] };
    }
  | {
      type: 'list';
      header?: { type: 'text'; text: string };
      body: { text: string };
      footer?: { text: string };
      action: {
        button: string;
        sections: { title?: string; rows: { id: string; title: string; description?: string }[] }[];
      };
    }
  | {
      type: 'cta_url';
      header?: InteractiveHeader;
      body: { text: string };
      footer?: { text: string };
      action: { name: 'cta_url'; parameters: { display_text: string; url: string } };
    }
  | {
      type: 'flow';
      header?: { type: 'text'; text: string };
      body: { text: string };
      footer?: { text: string };
      action: {
        name: 'flow';
        parameters: {
          flow_message_version: '3';
          flow_token: string;
          flow_id?: string;
          flow_name?: string;
          flow_cta: string;
          mode?: 'published' | 'draft';
          flow_action: 'navigate';
          flow_action_payload?: { screen: string; data?: Record<string, unknown> };
        };
      };
    }
  | { type: 'location_request_message'; body: { text: string }; action: { name: 'send_location' } };

export type TemplateParameter =
  | { type: 'text'; text: string; parameter_name?: string }
  | { type: 'image'; image: MediaObject }
  | { type: 'video'; video: MediaObject }
  | { type: 'document'; document: MediaObject }
  | { type: 'location'; location: { latitude: number; longitude: number; name?: string; address?: string } }
  | { type: 'payload'; payload: string }
  | { type: 'coupon_code'; coupon_code: string }
  | { type: 'action'; action: { flow_token: string; flow_action_data?: Record<string, unknown> } };

export type TemplateComponent =
  | { type: 'header' | 'body'; parameters: TemplateParameter[] }
  | {
      type: 'button';
      sub_type: 'quick_reply' | 'url' | 'copy_code' | 'flow';
      index: string;
      parameters: TemplateParameter[];
    }
  | { type: 'carousel'; cards: { card_index: number; components: TemplateComponent[] }[] };

export interface TemplatePayload {
  name: string;
  language: { code: string };
  components?: TemplateComponent[];
}

/** A message body as the Cloud API takes it, without the envelope (`messaging_product`, `to`, …). */
export type OutboundMessage =
  | { type: 'text'; text: { body: string; preview_url?: boolean } }
  | { type: 'image'; image: MediaObject }
  | { type: 'video'; video: MediaObject }
  | { type: 'audio'; audio: MediaObject }
  | { type: 'document'; document: MediaObject }
  | { type: 'sticker'; sticker: MediaObject }
  | { type: 'interactive'; interactive: Interactive }
  | { type: 'template'; template: TemplatePayload };

/** The full request body of `POST /{phone-number-id}/messages`. */
export type SendRequest = OutboundMessage & {
  messaging_product: 'whatsapp';
  recipient_type: 'individual';
  to: string;
  context?: { message_id: string };
  biz_opaque_callback_data?: string;
};

/** How a template looks once its parameters are filled: what the preview and the inbox draw. */
export interface TemplateDisplay {
  name: string;
  language: string;
  category: 'utility' | 'marketing' | 'authentication';
  header?:
    | { format: 'text'; text: string }
    | { format: 'image' | 'video' | 'document'; link?: string }
    | { format: 'location' };
  body: string;
  footer?: string;
  buttons: {
    type: 'quickReply' | 'url' | 'phone' | 'copyCode' | 'flow';
    text: string;
    /** Quick replies: the payload (the button id). */
    id?: string;
    /** URL buttons: the URL with its variable filled. */
    url?: string;
    phoneNumber?: string;
    /** Copy-code buttons: the code. */
    code?: string;
  }[];
  cards?: {
    header: { format: 'image' | 'video'; link?: string };
    body?: string;
    buttons: { type: 'quickReply' | 'url' | 'phone'; text: string; id?: string; url?: string; phoneNumber?: string }[];
  }[];
}

export interface InboundReferral {
  sourceType: string;
  sourceId?: string;
  sourceUrl?: string;
  headline?: string;
  body?: string;
  mediaType?: string;
  ctwaClid?: string;
}

/** What the customer sent, normalised from the webhook's per-type objects. */
export type InboundContent =
  | { type: 'text'; text: string }
  /** interactive.button_reply */
  | { type: 'buttonReply'; id: string; title: string }
  /** interactive.list_reply */
  | { type: 'listReply'; id: string; title: string; description?: string }
  /** A template quick-reply tap (`type: "button"`). */
  | { type: 'quickReply'; payload: string; text: string }
  /**
   * interactive.nfm_reply: a WhatsApp Flow completion. `answers` is response_json parsed, without flow_token.
   * When response_json is not a JSON object, `answers` is `{}` and `responseJson` keeps the raw string.
   */
  | { type: 'flowReply'; flowToken: string | null; answers: Record<string, unknown>; responseJson?: string }
  | {
      type: 'media';
      mediaType: 'image' | 'video' | 'audio' | 'document' | 'sticker';
      id: string;
      mimeType?: string;
      sha256?: string;
      caption?: string;
      filename?: string;
    }
  | { type: 'location'; latitude: number; longitude: number; name?: string; address?: string }
  | { type: 'contacts'; contacts: unknown[] }
  | { type: 'reaction'; messageId: string; emoji: string }
  | { type: 'order'; order: unknown }
  | { type: 'system'; body?: string; newWaId?: string }
  | { type: 'unsupported'; errors?: WhatsAppError[] };

export interface InboundMessage {
  /** The wamid. */
  id: string;
  from: string;
  /** From the webhook's Unix seconds. */
  timestamp: number;
  /** The id of the message this one answers (Flow completions, quoted replies). */
  contextId?: string;
  referral?: InboundReferral;
  content: InboundContent;
}

export interface WhatsAppError {
  /** Meta's error code; -1 when the answer carried none (see `parseSendResponse`). */
  code: number;
  title?: string;
  message?: string;
  details?: string;
  /** Graph API errors only. */
  subcode?: number;
  fbtraceId?: string;
}

export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed' | 'played';

export interface StatusUpdate {
  /** The wamid of the message we sent. */
  id: string;
  status: DeliveryStatus;
  timestamp: number;
  recipientId: string;
  /** Our `biz_opaque_callback_data`, echoed. */
  callbackData?: string;
  pricing?: { pricingModel?: string; type?: string; category?: string; billable?: boolean };
  errors?: WhatsAppError[];
}

interface EventBase {
  /** entry[].id: the WhatsApp Business Account id. */
  wabaId: string;
  /** metadata.phone_number_id: the channel to route by. */
  phoneNumberId: string;
  displayPhoneNumber?: string;
}

/** One thing a webhook POST told us. A POST may batch many. */
export type WebhookEvent =
  | (EventBase & { kind: 'message'; contact: { waId: string; name?: string }; message: InboundMessage })
  | (EventBase & { kind: 'status'; status: StatusUpdate })
  /** smb_message_echoes: the team wrote from the WhatsApp Business app (coexistence). */
  | (EventBase & { kind: 'echo'; to: string; message: { id: string; timestamp: number; content: InboundContent } })
  /** value.errors[] at the change level. */
  | (EventBase & { kind: 'error'; errors: WhatsAppError[] })
  /** user_preferences: the customer stopped or resumed marketing messages. */
  | {
      kind: 'userPreference';
      wabaId: string;
      /** The number the preference applies to (marketing opt-outs are per business number). */
      phoneNumberId?: string;
      waId: string;
      category: string;
      value: 'stop' | 'resume';
      timestamp: number;
      detail?: string;
    }
  /** message_template_status_update */
  | {
      kind: 'templateStatus';
      wabaId: string;
      templateId?: string;
      name: string;
      language: string;
      /** Meta's event: APPROVED, REJECTED, PAUSED, DISABLED, … */
      status: string;
      reason?: string;
      /** MARKETING, UTILITY, AUTHENTICATION when Meta sends it. */
      category?: string;
    }
  /** Account, quality and anything else: stored and logged, not acted on. */
  | { kind: 'other'; wabaId: string; field: string; value: unknown };

/** What `parseWebhook` returns: the events of one POST, or the first thing wrong with it. */
export type ParseWebhookResult =
  | { ok: true; events: WebhookEvent[] }
  /** `path` names the offending value, e.g. `entry[0].changes[1].value.messages[2].id`. */
  | { ok: false; error: string; path: string };

/** The answer to `POST /{phone-number-id}/messages`. */
export type SendResponse = { ok: true; wamid: string } | { ok: false; error: WhatsAppError };

/** What the outbox does with a failed send. */
export type ErrorAction =
  /** Temporary: retry with backoff and jitter. */
  | 'retry'
  /** Retry, but only after a longer pause (that customer or that Flow is rate-limited). */
  | 'retryLater'
  /** 131047: the 24-hour window closed; only a template can go now. */
  | 'windowClosed'
  /** 131050: the customer stopped marketing messages; mark the contact. */
  | 'optOutMarketing'
  /** Do not retry: fix the content or give up. */
  | 'permanent'
  /** The template is missing, paused or disabled; mark it. */
  | 'templateUnavailable'
  /** Token, account or policy problem: stop the channel's queue and alert. */
  | 'stopChannel';

export interface ErrorClassification {
  action: ErrorAction;
  /** True for `retry` and `retryLater`. */
  retryable: boolean;
  /** A short name: "Window closed". */
  title: string;
  /** What the inbox shows: "131047: more than 24 hours have passed since …". */
  sentence: string;
}

/** May this WhatsApp id receive messages from a business, as far as its country code tells. */
export type CountryCheck = { supported: true } | { supported: false; country: string; reason: string };
