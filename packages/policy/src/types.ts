/**
 * The messaging-window policy's vocabulary. Times are epoch milliseconds; `now` is always passed in.
 */

/** What kind of message is about to go out. Everything but `template` is free-form and needs the 24-hour window. */
export type MessageKind = 'text' | 'media' | 'buttons' | 'list' | 'ctaUrl' | 'locationRequest' | 'flow' | 'template';

/** custom = text/media template; carousel and flow templates have their own rules. */
export type TemplateKind = 'custom' | 'carousel' | 'flow';
export type TemplateCategory = 'utility' | 'marketing' | 'authentication';
export type TemplateStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'PAUSED'
  | 'DISABLED'
  | 'IN_APPEAL'
  | 'PENDING_DELETION';

/** Who sends: a bot step, an agent in the inbox, or a broadcast. */
export type SendContext = 'bot' | 'manual' | 'broadcast';

/** What Meta charges for the message. */
export type PriceCategory = 'free' | 'utility' | 'marketing';
/** Meta's `pricing.type` for the message. */
export type PricingType = 'regular' | 'free_customer_service' | 'free_entry_point';

/** The referral object of a message that came from a click-to-WhatsApp ad or a page button. */
export interface Referral {
  sourceType: string;
  sourceId?: string;
  sourceUrl?: string;
  headline?: string;
  ctwaClid?: string;
}

/** What happened in a conversation, as far as the windows care. */
export type ConversationEvent =
  | { type: 'customerMessage'; at: number; referral?: Referral }
  | { type: 'businessMessage'; at: number };

export interface EntryPoint {
  /** When the customer's message carrying the referral arrived. */
  referralAt: number;
  referral: Referral;
  /** When the business first answered it; the 72-hour free window runs from here. */
  firstReplyAt: number | null;
}

/** The facts the windows are derived from; folded from ConversationEvents, stored with the conversation. */
export interface ConversationFacts {
  lastCustomerMessageAt: number | null;
  /** The most recent entry point (a new referral replaces the previous one). */
  entryPoint: EntryPoint | null;
  /** The previous entry point's free window while it is still running after a new referral came in. */
  previousEntryPointClosesAt?: number | null;
}

export interface WindowState {
  customerService: {
    open: boolean;
    /** When it closes (or closed); null when the customer never wrote. */
    closesAt: number | null;
    /** 0 when closed. */
    remainingMs: number;
  };
  entryPoint: {
    /** none: no referral; awaitingReply: the business can still answer to open it; open; expired (missed or over). */
    status: 'none' | 'awaitingReply' | 'open' | 'expired';
    /** While awaitingReply: the last moment a reply still opens the free window. */
    replyDeadline: number | null;
    closesAt: number | null;
    remainingMs: number;
  };
}

export interface PolicyMessage {
  kind: MessageKind;
  /** Required when kind is `template`. */
  template?: { category: TemplateCategory; status: TemplateStatus; kind?: TemplateKind };
}

export interface PolicyContact {
  optIn: 'optedIn' | 'optedOut' | 'unknown';
  /** The customer stopped marketing messages (user preferences webhook or error 131050). */
  marketingOptOut?: boolean;
}

export interface PolicyInput {
  facts: ConversationFacts;
  message: PolicyMessage;
  context: SendContext;
  channel: { businessVerified: boolean };
  contact: PolicyContact;
  now: number;
}

export type RefusalCode =
  | 'windowClosed'
  | 'authenticationNotSupported'
  | 'templateNotApproved'
  | 'templateMissing'
  | 'listOnlyInBots'
  | 'carouselNotMarketing'
  | 'flowsNeedVerifiedBusiness'
  | 'broadcastOnlyTemplates'
  | 'notOptedIn'
  | 'optedOut'
  | 'marketingOptedOut';

export type PolicyDecision =
  | {
      allowed: true;
      price: PriceCategory;
      pricingType: PricingType;
      /** One sentence: "Free: inside the 24-hour customer-service window (closes in 3 h)." */
      reason: string;
      /** Id of the rule set that priced it, e.g. `pmp-2025-07-01`. */
      ruleSet: string;
    }
  | {
      allowed: false;
      code: RefusalCode;
      /** One sentence a marketer understands: "The 24-hour window closed 3 h ago; send an approved template instead." */
      reason: string;
    };

/** A decision together with the window states it was made under. */
export type SendCheck = PolicyDecision & { window: WindowState };
