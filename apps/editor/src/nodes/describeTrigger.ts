import type { Trigger } from '@salesbot/graph';

/** What starts the flow, in a marketer's words: "Keyword: book, appointment", "Stage → qualified". */
export function describeTrigger(trigger: Trigger): { title: string; detail?: string } {
  switch (trigger.type) {
    case 'inboundMessage': {
      const who = trigger.newContactsOnly ? ' from a new contact' : '';
      const match = trigger.match;
      switch (match.kind) {
        case 'any':
          return { title: `Any message${who}` };
        case 'keyword': {
          const words = match.keywords.filter(Boolean);
          return {
            title: words.length > 0 ? `Keyword: ${words.join(', ')}` : 'Keyword: (none yet)',
            detail: `${match.contains ? 'Message contains the keyword' : 'Message is the keyword'}${who}`,
          };
        }
        case 'regex':
          return {
            title: `Message matches /${match.pattern}/${match.flags ?? ''}`,
            detail: who ? who.trim() : undefined,
          };
        case 'referral': {
          const source =
            match.sourceType === 'ad' ? 'an ad' : match.sourceType === 'post' ? 'a post' : 'an ad or a post';
          const ids = match.sourceIds?.filter(Boolean) ?? [];
          return {
            title: `From ${source}`,
            detail: ids.length > 0 ? `Only ${ids.join(', ')}` : `Click-to-WhatsApp${who}`,
          };
        }
      }
      break;
    }
    case 'stageChanged':
      return {
        title: `Stage → ${trigger.stage || '(choose a stage)'}`,
        detail: trigger.pipeline ? `Pipeline ${trigger.pipeline}` : undefined,
      };
    case 'api':
      return { title: 'Started by the API', detail: 'Or by another flow' };
    case 'broadcastReply':
      return {
        title: 'Reply to a broadcast',
        detail: [
          trigger.broadcastId ? `Broadcast ${trigger.broadcastId}` : 'Any broadcast',
          trigger.buttonPayload ? `button ${trigger.buttonPayload}` : '',
        ]
          .filter(Boolean)
          .join(' · '),
      };
  }
  return { title: 'Trigger' };
}
