import type { WebhookEvent } from '@salesbot/whatsapp';
import type { Services } from '../services.ts';

/**
 * The app secrets that may have signed a body carrying `events`: a secret counts only if it covers every event
 * (a channel's own secret, or the app's configured one for channels without one), so a body signed for one
 * channel can never carry events for another.
 */
export function signingSecrets(services: Services, events: readonly WebhookEvent[]): string[] {
  const global = services.config.whatsapp.appSecret;
  if (events.length === 0) return global ? [global] : [];
  let candidates = [...secretsOf(services, events[0]!, global)];
  for (const event of events.slice(1)) {
    const own = secretsOf(services, event, global);
    candidates = candidates.filter((secret: string) => own.has(secret));
  }
  return candidates;
}

function secretsOf(services: Services, event: WebhookEvent, global: string | undefined): Set<string> {
  const secrets = new Set<string>();
  const phoneNumberId = 'phoneNumberId' in event ? event.phoneNumberId : undefined;
  if (phoneNumberId) {
    const secret = services.channels.byPhoneNumberId(phoneNumberId)?.appSecret ?? global;
    if (secret) secrets.add(secret);
    return secrets;
  }
  const ofWaba = services.channels.all().filter((channel) => channel.wabaId === event.wabaId);
  for (const channel of ofWaba) {
    const secret = channel.appSecret ?? global;
    if (secret) secrets.add(secret);
  }
  if (ofWaba.length === 0 && global) secrets.add(global);
  return secrets;
}
