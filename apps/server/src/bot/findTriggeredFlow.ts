import type { StartEvent, Trigger } from '@salesbot/engine';
import { matchTrigger } from '@salesbot/engine';
import type { PublishedFlow } from './flowCache.ts';

/**
 * The published flow an event starts, with the trigger that matched. A specific trigger (keyword, regex,
 * referral) beats an "any message" one, so a keyword flow still runs when another flow catches everything;
 * between equals, the older flow wins.
 */
export function findTriggeredFlow(
  flows: readonly PublishedFlow[],
  event: StartEvent,
  options: { isNewContact: boolean },
): { published: PublishedFlow; trigger: Trigger } | null {
  let best: { published: PublishedFlow; trigger: Trigger; rank: number } | null = null;
  for (const published of flows) {
    const trigger = matchTrigger(published.flow.graph, event, options);
    if (!trigger) continue;
    const rank = trigger.type === 'inboundMessage' && trigger.match.kind === 'any' ? 1 : 0;
    if (!best || rank < best.rank) best = { published, trigger, rank };
    if (rank === 0) break;
  }
  return best && { published: best.published, trigger: best.trigger };
}
