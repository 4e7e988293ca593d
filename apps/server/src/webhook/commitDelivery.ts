import type { WebhookEvent } from '@salesbot/whatsapp';
import type { Logger } from 'pino';
import type { GroupCommitter } from '../ingest/groupCommit.ts';

/**
 * Commits a checked delivery's events through the group committer; true once committed. A failure is logged here
 * and the caller answers 500 (`NOT_APPLIED`): Meta retries, and deduplication makes the retry safe.
 */
export async function commitDelivery(
  committer: GroupCommitter,
  logger: Logger,
  events: WebhookEvent[],
): Promise<boolean> {
  const result = await committer.submit({ events });
  if (!result.ok) logger.error({ err: result.error }, 'webhook delivery not applied');
  return result.ok;
}
