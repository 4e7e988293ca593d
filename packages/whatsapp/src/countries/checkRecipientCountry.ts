import type { CountryCheck } from '../types.ts';
import { UNSUPPORTED_REGIONS, type UnsupportedRegion } from './unsupportedRegions.ts';

/**
 * Whether WhatsApp Business is offered where a WhatsApp id (or any phone number) is registered, by its prefix.
 * Countries are matched by country code; Crimea, Donetsk and Luhansk only on a best-effort basis (see
 * `UNSUPPORTED_REGIONS`).
 */
export function checkRecipientCountry(waId: string): CountryCheck {
  const digits = waId.replace(/\D/g, '');
  const region = longestMatch(digits);
  if (!region) return { supported: true };
  const where = region.name.endsWith('region') ? `the ${region.name}` : region.name;
  const reason = region.bestEffort
    ? `WhatsApp Business is not offered in ${where}; numbers starting +${region.countryCode} ${region.prefix.slice(region.countryCode.length)} are there (a best-effort match on the prefix).`
    : `WhatsApp Business is not offered in ${where} (+${region.countryCode}).`;
  return { supported: false, country: region.name, reason };
}

function longestMatch(digits: string): UnsupportedRegion | undefined {
  let best: UnsupportedRegion | undefined;
  for (const region of UNSUPPORTED_REGIONS) {
    if (digits.startsWith(region.prefix) && region.prefix.length > (best?.prefix.length ?? 0)) best = region;
  }
  return best;
}
