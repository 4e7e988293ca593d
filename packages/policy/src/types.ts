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
  /**
   * When a new referral arrives while an entry-point window is still running, that window's end: it stays free
   * until then even if the new entry point is never answered. Cleared when the new entry point's window opens
   * (which always ends later).
   */
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
    /**
     * none: no referral; awaitingReply: the business can still answer to open it; open: messages are free now;
     * expired: the window is over, or the reply came too late to open it.
     */
    status: 'none' | 'awaitingReply' | 'open' | 'expired';
    /**
     * While a reply can still open a (new) free window: the moment that chance ends (exclusive: a reply before it
     * counts). Also set when status is `open` because an earlier window still runs while a newer referral awaits.
     */
    replyDeadline: number | null;
    /** When the free window closes (or closed); null when none was opened. */
    closesAt: number | null;
    /** 0 unless open. */
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

/** What one message costs under a rule set: the category and Meta's `pricing.type`. */
export interface Charge {
  price: PriceCategory;
  pricingType: PricingType;
}

/** Where a charge applies: an open free entry-point window wins over an open customer-service window. */
export interface TemplateCharges {
  entryPoint: Charge;
  customerService: Charge;
  outside: Charge;
}

/**
 * The price table of a rule set. `service` is every free-form message (they only go inside the customer-service
 * window, so it has no `outside` cell); authentication templates are refused before pricing.
 */
export interface PriceTable {
  service: { entryPoint: Charge; customerService: Charge };
  utility: TemplateCharges;
  marketing: TemplateCharges;
}

/** Meta's rules from a date on: window lengths and prices, as plain data. */
export interface RuleSet {
  /** Stable id reported with each decision, e.g. `pmp-2025-07-01`. */
  id: string;
  /** ISO date (UTC midnight) or date-time from which the set applies, e.g. `2025-07-01`. */
  effectiveFrom: string;
  /** How long a customer message keeps the customer-service window open. */
  customerServiceWindowMs: number;
  /** How long after a referral message the business's reply still opens the free entry-point window. */
  entryPointReplyMs: number;
  /** How long the free entry-point window stays open, counted from the business's reply. */
  entryPointWindowMs: number;
  prices: PriceTable;
}
