import type { WebhookEvent } from '@salesbot/whatsapp';
import type { SigningDirectory } from '../webhook/signingSecrets.ts';

/** The channels' signing facts, copied to the front thread (only what signature checks read). */
export interface DirectorySnapshot {
  global: string | undefined;
  channels: { phoneNumberId: string; wabaId: string | null; appSecret: string | null }[];
}

/** The front thread's start data. */
export interface FrontData {
  port: number;
  host: string;
  internalPort: number;
  maxBodyBytes: number;
  directory: DirectorySnapshot;
}

/** Messages to the front thread. */
export type ToFront =
  | { type: 'committed'; id: number; ok: boolean }
  | { type: 'directory'; snapshot: DirectorySnapshot }
  | { type: 'close' };

/** Messages from the front thread. */
export type FromFront =
  | { type: 'listening'; port: number }
  | { type: 'submit'; id: number; events: WebhookEvent[] }
  | { type: 'closed' }
  | { type: 'failed'; message: string };

/** A signing directory over a snapshot. */
export function directoryFrom(snapshot: DirectorySnapshot): SigningDirectory {
  const byPhone = new Map(snapshot.channels.map((channel) => [channel.phoneNumberId, channel]));
  return {
    global: snapshot.global,
    byPhoneNumberId: (phoneNumberId) => byPhone.get(phoneNumberId) ?? null,
    all: () => snapshot.channels,
  };
}
