/** A numbering range where WhatsApp Business is not offered. */
export interface UnsupportedRegion {
  /** E.164 digits the number starts with (country code plus, for regions, the area or operator code). */
  prefix: string;
  /** The country code the prefix starts with. */
  countryCode: string;
  /** The name shown to a marketer. */
  name: string;
  /**
   * True for regions that have no country code of their own: numbers there sit inside Russian (+7) and Ukrainian
   * (+380) ranges, and operator/area prefixes only approximate the region (numbers move, ranges are re-used, and
   * a Ukrainian area code also covers places outside the occupied part). A best-effort check, never a guarantee.
   */
  bestEffort: boolean;
}

/**
 * Where WhatsApp Business is not offered (../shared/whatsapp-platform.md §9): Cuba, Iran, North Korea, Syria, and
 * the Crimea, Donetsk and Luhansk regions of Ukraine. Data, so a change is a row and a test.
 */
export const UNSUPPORTED_REGIONS: readonly UnsupportedRegion[] = [
  { prefix: '53', countryCode: '53', name: 'Cuba', bestEffort: false },
  { prefix: '98', countryCode: '98', name: 'Iran', bestEffort: false },
  { prefix: '850', countryCode: '850', name: 'North Korea', bestEffort: false },
  { prefix: '963', countryCode: '963', name: 'Syria', bestEffort: false },
  // Crimea under Russian numbering: mobile 978, fixed lines 365 (Republic of Crimea) and 869 (Sevastopol).
  { prefix: '7978', countryCode: '7', name: 'Crimea', bestEffort: true },
  { prefix: '7365', countryCode: '7', name: 'Crimea', bestEffort: true },
  { prefix: '7869', countryCode: '7', name: 'Crimea', bestEffort: true },
  // Donetsk and Luhansk under Russian numbering: the regional mobile operators' 949 and 959.
  { prefix: '7949', countryCode: '7', name: 'Donetsk region', bestEffort: true },
  { prefix: '7959', countryCode: '7', name: 'Luhansk region', bestEffort: true },
  // Ukrainian numbering: area codes 65 (Crimea), 692 (Sevastopol), 62 (Donetsk), 64 (Luhansk), and the
  // regional operators' former mobile codes 71 (Donetsk) and 72 (Luhansk).
  { prefix: '38065', countryCode: '380', name: 'Crimea', bestEffort: true },
  { prefix: '380692', countryCode: '380', name: 'Crimea', bestEffort: true },
  { prefix: '38062', countryCode: '380', name: 'Donetsk region', bestEffort: true },
  { prefix: '38071', countryCode: '380', name: 'Donetsk region', bestEffort: true },
  { prefix: '38064', countryCode: '380', name: 'Luhansk region', bestEffort: true },
  { prefix: '38072', countryCode: '380', name: 'Luhansk region', bestEffort: true },
];
