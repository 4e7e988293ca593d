import type { Trigger } from '@salesbot/graph';
import type { IconName } from '../ui/Icon.tsx';

export type TriggerKind = 'any' | 'keyword' | 'regex' | 'referral' | 'stageChanged' | 'api' | 'broadcastReply';

export const TRIGGER_KINDS: { kind: TriggerKind; label: string; icon: IconName }[] = [
  { kind: 'any', label: 'Any message', icon: 'bolt' },
  { kind: 'keyword', label: 'Keyword', icon: 'hash' },
  { kind: 'referral', label: 'From an ad or post', icon: 'megaphone' },
  { kind: 'stageChanged', label: 'Pipeline stage change', icon: 'stage' },
  { kind: 'broadcastReply', label: 'Reply to a broadcast', icon: 'broadcasts' },
  { kind: 'api', label: 'API or another flow', icon: 'api' },
  { kind: 'regex', label: 'Message pattern', icon: 'keyboard' },
];

/** The kind the trigger editor shows for a trigger. */
export function triggerKind(trigger: Trigger): TriggerKind {
  return trigger.type === 'inboundMessage' ? trigger.match.kind : trigger.type;
}

/** A trigger of `kind` keeping the id and the first step of `base`. */
export function triggerOfKind(kind: TriggerKind, base: { id: string; nodeId: string | null }): Trigger {
  const { id, nodeId } = base;
  switch (kind) {
    case 'any':
      return { id, nodeId, type: 'inboundMessage', match: { kind: 'any' }, newContactsOnly: false };
    case 'keyword':
      return {
        id,
        nodeId,
        type: 'inboundMessage',
        match: { kind: 'keyword', keywords: [], contains: false },
        newContactsOnly: false,
      };
    case 'regex':
      return { id, nodeId, type: 'inboundMessage', match: { kind: 'regex', pattern: '' }, newContactsOnly: false };
    case 'referral':
      return {
        id,
        nodeId,
        type: 'inboundMessage',
        match: { kind: 'referral', sourceType: 'ad' },
        newContactsOnly: false,
      };
    case 'stageChanged':
      return { id, nodeId, type: 'stageChanged', pipeline: '', stage: '' };
    case 'api':
      return { id, nodeId, type: 'api' };
    case 'broadcastReply':
      return { id, nodeId, type: 'broadcastReply' };
  }
}
