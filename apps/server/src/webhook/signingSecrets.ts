import type { WebhookEvent } from '@salesbot/whatsapp';

/** What signature checks need to know of the channels: each number's WABA and app secret. */
export interface SigningDirectory {
  /** The app secret configured for the default workspace (`WHATSAPP_APP_SECRET`), for channels without their own. */
  global: string | undefined;
  byPhoneNumberId(phoneNumberId: string): { appSecret: string | null } | null;
  all(): readonly { wabaId: string | null; appSecret: string | null }[];
}

/**
 * The app secrets that may have signed a body carrying `events`: a secret counts only if it covers every event
 * (a channel's own secret, or the app's configured one for channels without one), so a body signed for one
 * channel can never carry events for another.
 */
export function signingSecrets(directory: SigningDirectory, events: readonly WebhookEvent[]): string[] {
  const global = directory.global;
  if (events.length === 0) return global ? [global] : [];
  let candidates = [...secretsOf(directory, events[0]!)];
  for (const event of events.slice(1)) {
    const own = secretsOf(directory, event);
    candidates = candidates.filter((secret: string) => own.has(secret));
  }
  return candidates;
}

function secretsOf(directory: SigningDirectory, event: WebhookEvent): Set<string> {
  const { global } = directory;
  const secrets = new Set<string>();
  const phoneNumberId = 'phoneNumberId' in event ? event.phoneNumberId : undefined;
  if (phoneNumberId) {
    const secret = directory.byPhoneNumberId(phoneNumberId)?.appSecret ?? global;
    if (secret) secrets.add(secret);
    return secrets;
  }
  const ofWaba = directory.all().filter((channel) => channel.wabaId === event.wabaId);
  for (const channel of ofWaba) {
    const secret = channel.appSecret ?? global;
    if (secret) secrets.add(secret);
  }
  if (ofWaba.length === 0 && global) secrets.add(global);
  return secrets;
}
