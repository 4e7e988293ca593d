import {
  type ConversationFacts,
  checkSend,
  type PriceCategory,
  type PricingType,
  type TemplateStatus,
} from '@salesbot/policy';
import { checkRecipientCountry, isValidWaId } from '@salesbot/whatsapp';
import { findEmptyParameter, type RenderContact } from './renderForContact.ts';
import type { BroadcastMessage, BroadcastTemplate, ExclusionReason } from './types.ts';

/** What a broadcast does with one contact of its audience. */
export type RecipientDecision =
  | {
      send: true;
      price: PriceCategory;
      pricingType: PricingType;
      /** Inside the customer-service window: free for utility, never counted against the messaging limit. */
      insideWindow: boolean;
      /** The policy's sentence (why it may go, what it costs). */
      reason: string;
    }
  | { send: false; reason: ExclusionReason; text: string };

export interface RecipientContext {
  message: BroadcastMessage;
  template: BroadcastTemplate & { status: TemplateStatus };
  businessVerified: boolean;
  now: number;
}

/**
 * Whether a contact gets the broadcast and at what price: a valid WhatsApp number in a country where WhatsApp
 * Business is offered, then the policy (context `broadcast`: opted in, not opted out, no marketing to a marketing
 * opt-out, the template sendable), then every template parameter filled for this contact.
 */
export function classifyRecipient(
  contact: RenderContact & { optIn: 'optedIn' | 'optedOut' | 'unknown'; marketingOptOut: boolean },
  facts: ConversationFacts,
  context: RecipientContext,
): RecipientDecision {
  if (!isValidWaId(contact.waId)) {
    return {
      send: false,
      reason: 'invalidNumber',
      text: `${contact.waId} is not a WhatsApp number in international format (E.164: country code and number).`,
    };
  }
  const country = checkRecipientCountry(contact.waId);
  if (!country.supported) return { send: false, reason: 'unsupportedCountry', text: country.reason };
  const check = checkSend({
    facts,
    message: {
      kind: 'template',
      template: { category: context.template.category, status: context.template.status, kind: context.template.kind },
    },
    context: 'broadcast',
    channel: { businessVerified: context.businessVerified },
    contact: { optIn: contact.optIn, marketingOptOut: contact.marketingOptOut },
    now: context.now,
  });
  if (!check.allowed) {
    const reason: ExclusionReason =
      check.code === 'notOptedIn' || check.code === 'optedOut' || check.code === 'marketingOptedOut'
        ? check.code
        : 'refused';
    return { send: false, reason, text: check.reason };
  }
  const empty = findEmptyParameter(context.message, contact);
  if (empty) {
    return {
      send: false,
      reason: 'emptyParameter',
      text: `The template's ${empty.placeholder} would be empty for this contact (it takes ${empty.source || 'no value'}); WhatsApp refuses empty parameters.`,
    };
  }
  return {
    send: true,
    price: check.price,
    pricingType: check.pricingType,
    insideWindow: check.window.customerService.open,
    reason: check.reason,
  };
}
