import type { TemplateStatus } from '@salesbot/policy';
import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import type { Channel } from '../store/channels.ts';
import { audienceChunk } from './audienceQuery.ts';
import { saveBroadcast } from './broadcastStore.ts';
import { classifyRecipient } from './classifyRecipient.ts';
import type { Broadcast } from './types.ts';

/**
 * Plans the next `pageSize` contacts of the audience inside the caller's transaction: one recipient row each —
 * excluded with its reason, or pending in its lane (0: inside the customer-service window, never held by the
 * messaging limit; 1: outside it). The cursor (last contact id, next seq) is saved with the rows, so a crash
 * resumes planning exactly where it stopped. Returns how many contacts it planned; sets `plannedAt` at the end.
 */
export function planRecipients(
  services: Services,
  broadcast: Broadcast,
  channel: Channel,
  templateStatus: TemplateStatus,
  pageSize: number,
): number {
  const { db } = services;
  const now = services.clock.now();
  const page = audienceChunk(db, {
    workspaceId: broadcast.workspaceId,
    channelId: channel.id,
    audience: broadcast.audience,
    after: broadcast.planCursor,
    limit: pageSize,
  });
  const insert = stmt(
    db,
    `INSERT INTO broadcast_recipients (broadcast_id, seq, contact_id, wa_id, state, lane, reason, reason_text, price,
       marketing_opt_out) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const context = {
    message: broadcast.message,
    template: { ...broadcast.template, status: templateStatus },
    businessVerified: channel.businessVerified,
    now,
  };
  for (const contact of page) {
    const decision = classifyRecipient(contact, contact.facts, context);
    const seq = broadcast.planSeq++;
    if (decision.send) {
      insert.run(
        broadcast.id,
        seq,
        contact.id,
        contact.waId,
        'pending',
        decision.insideWindow ? 0 : 1,
        null,
        null,
        decision.price,
        contact.marketingOptOut ? 1 : 0,
      );
    } else {
      insert.run(
        broadcast.id,
        seq,
        contact.id,
        contact.waId,
        'excluded',
        0,
        decision.reason,
        decision.text,
        null,
        contact.marketingOptOut ? 1 : 0,
      );
    }
  }
  if (page.length > 0) broadcast.planCursor = page[page.length - 1]!.id;
  if (page.length < pageSize) broadcast.plannedAt = now;
  broadcast.updatedAt = now;
  saveBroadcast(db, broadcast);
  return page.length;
}
