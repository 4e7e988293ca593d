import type { Graph, InboundMatch, Trigger } from '@salesbot/graph';
import { type InboundMessage, inboundText } from '@salesbot/whatsapp';
import { containsWords } from './run/containsWords.ts';
import { normalizeText } from './run/normalizeText.ts';
import { safeRegExp } from './run/safeRegExp.ts';
import type { StartEvent } from './types.ts';

/**
 * The first trigger of `graph`, in graph order, that `event` starts: an inbound message by its match (any,
 * keyword — case- and accent-insensitive, the whole message or, with `contains`, whole words in it —, regex,
 * referral) and `newContactsOnly`; a
 * stage change by pipeline and stage; an API start by the first API trigger; a broadcast reply by broadcast id and
 * quick-reply payload (each when the trigger sets it). Null when none matches.
 */
export function matchTrigger(graph: Graph, event: StartEvent, options: { isNewContact: boolean }): Trigger | null {
  for (const trigger of graph.triggers) if (triggerMatches(trigger, event, options.isNewContact)) return trigger;
  return null;
}

function triggerMatches(trigger: Trigger, event: StartEvent, isNewContact: boolean): boolean {
  switch (trigger.type) {
    case 'inboundMessage':
      return (
        event.type === 'inbound' &&
        (!trigger.newContactsOnly || isNewContact) &&
        inboundMatches(trigger.match, event.message)
      );
    case 'stageChanged':
      return event.type === 'stageChanged' && event.pipeline === trigger.pipeline && event.stage === trigger.stage;
    case 'api':
      return event.type === 'api';
    case 'broadcastReply': {
      if (event.type !== 'broadcastReply') return false;
      if (trigger.broadcastId !== undefined && trigger.broadcastId !== event.broadcastId) return false;
      if (trigger.buttonPayload === undefined) return true;
      const content = event.message.content;
      return content.type === 'quickReply' && content.payload === trigger.buttonPayload;
    }
  }
}

function inboundMatches(match: InboundMatch, message: InboundMessage): boolean {
  switch (match.kind) {
    case 'any':
      return true;
    case 'keyword': {
      const text = normalizeText(inboundText(message.content));
      if (text === '') return false;
      return match.keywords.some((keyword) => {
        const wanted = normalizeText(keyword);
        return wanted !== '' && (match.contains ? containsWords(text, wanted) : text === wanted);
      });
    }
    case 'regex':
      return safeRegExp(match.pattern, match.flags)?.test(inboundText(message.content)) ?? false;
    case 'referral': {
      const referral = message.referral;
      if (!referral) return false;
      if (match.sourceType !== 'any' && referral.sourceType !== match.sourceType) return false;
      const ids = match.sourceIds ?? [];
      return ids.length === 0 || (referral.sourceId !== undefined && ids.includes(referral.sourceId));
    }
  }
}
