/**
 * WhatsApp Cloud API limits (characters unless stated), from ../shared/whatsapp-platform.md §3–§5.
 * The schema's JSON Schema, the validator and the editor's live counters all read this one table.
 */
export const LIMITS = {
  textBody: 4096,
  mediaCaption: 1024,
  interactiveBody: 1024,
  interactiveFooter: 60,
  interactiveHeaderText: 60,
  buttonsMin: 1,
  buttonsMax: 3,
  buttonTitle: 20,
  buttonId: 256,
  listButtonLabel: 20,
  listSectionsMin: 1,
  listSectionsMax: 10,
  listRowsTotal: 10,
  listSectionTitle: 24,
  listRowId: 200,
  listRowTitle: 24,
  listRowDescription: 72,
  ctaDisplayText: 20,
  flowCta: 20,
  templateHeaderText: 60,
  templateBody: 1024,
  templateFooter: 60,
  templateButtonsMax: 10,
  templateUrlButtonsMax: 2,
  templatePhoneButtonsMax: 1,
  templateCopyCodeButtonsMax: 1,
  /** Button text ≤ 25 is unconfirmed on Meta's pages; kept as the default. */
  templateButtonText: 25,
  carouselCardsMin: 2,
  carouselCardsMax: 10,
  /** Card body ≤ 160 is unconfirmed on Meta's pages; kept as the default. */
  carouselCardBody: 160,
  carouselCardButtonsMax: 2,
  carouselBody: 1024,
  /** Salesbot's own bounds for readable Flow forms. */
  flowScreensMax: 10,
  flowFieldsPerScreen: 20,
  flowFieldLabel: 30,
  flowOptionsMax: 20,
  flowOptionTitle: 30,
  retryAttemptsMax: 5,
  webhookTimeoutSecondsMax: 30,
} as const;

export type LimitName = keyof typeof LIMITS;

/** Media size limits in bytes, by media type. Sticker: the static limit (animated ones may reach 500 KB). */
export const MEDIA_SIZE_LIMITS = {
  image: 5 * 1024 * 1024,
  video: 16 * 1024 * 1024,
  audio: 16 * 1024 * 1024,
  document: 100 * 1024 * 1024,
  sticker: 100 * 1024,
} as const;

/** The 24-hour customer-service window, used by the validator's reachability analysis. */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;
